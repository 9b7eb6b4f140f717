;;; Headless Emacs 28 + Debian elpa-eglot probe for the Afgørelsestjek language server (stdio).
;;; Run: emacs -Q --batch -l eglot-probe.el DEFECTIVE.md   (env: E2E_OUT E2E_SERVER E2E_GOOD E2E_FIX_TITLE)
;;; Attaches to the defective letter, records the diagnostics as flymake shows them (line, column,
;;; code), the code-action titles for each, applies the fix titled E2E_FIX_TITLE, saves, records the
;;; diagnostics that follow, then opens E2E_GOOD and records its diagnostics. Writes JSON; the
;;; verdict is in test/e2e/editors.test.mjs.
(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa") ; Debian elpa-* packages
(package-initialize)
(require 'eglot)
(require 'json)
(require 'cl-lib)

(defvar probe-out (getenv "E2E_OUT"))
(defvar probe-server (getenv "E2E_SERVER"))
(defvar probe-good (getenv "E2E_GOOD"))
(defvar probe-fix-title (decode-coding-string (getenv "E2E_FIX_TITLE") 'utf-8))
(defvar probe-file (car (last command-line-args-left)))
(setq command-line-args-left nil)    ; don't let Emacs visit the file a second time

;; no VC root here, so give project.el a transient project rooted at the letters' directory
(add-hook 'project-find-functions (lambda (_dir) (cons 'transient (file-name-directory (expand-file-name probe-file)))))
(setq eglot-sync-connect t eglot-autoshutdown t)

;; count every publishDiagnostics per file, to wait for the next one
(defvar probe-publishes (make-hash-table :test 'equal))
(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest args)
              (when (eq method 'textDocument/publishDiagnostics)
                (let ((path (expand-file-name (eglot--uri-to-path (plist-get args :uri)))))
                  (puthash path (1+ (gethash path probe-publishes 0)) probe-publishes)))))

(defun probe-finish (result code)
  (let ((coding-system-for-write 'utf-8))
    (with-temp-file probe-out (insert (json-encode result))))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs code))

(run-at-time 40 nil (lambda () (probe-finish '((error . "timeout")) 3))) ; never hang CI

(defun probe-wait-publish (after)
  "Wait until the current file has had more than AFTER publishes."
  (let ((path (expand-file-name buffer-file-name))
        (deadline (+ (float-time) 20)))
    (while (and (<= (gethash path probe-publishes 0) after) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (flymake-start)                   ; no command loop in batch: run the backend by hand
    (accept-process-output nil 0.1)
    (> (gethash path probe-publishes 0) after)))

(defun probe-lsp-diag (d) (cdr (assoc 'eglot-lsp-diag (eglot--diag-data d))))

(defun probe-diagnostics ()
  (vconcat
   (mapcar (lambda (d)
             (let ((lsp (probe-lsp-diag d)))
               `((line . ,(line-number-at-pos (flymake-diagnostic-beg d)))
                 (col . ,(save-excursion (goto-char (flymake-diagnostic-beg d)) (current-column)))
                 (code . ,(plist-get lsp :code))
                 (message . ,(plist-get lsp :message)))))
           (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))

(defun probe-current-publishes ()
  (gethash (expand-file-name buffer-file-name) probe-publishes 0))

(find-file probe-file)
(text-mode)                           ; markdown-mode is not in Debian's base emacs
(eglot '(text-mode) (project-current) 'eglot-lsp-server
       (list "node" probe-server "--stdio") "markdown")
(unless (probe-wait-publish 0) (probe-finish '((error . "no diagnostics for the defective letter")) 2))
(let* ((diags (flymake-diagnostics))
       (before (probe-diagnostics))
       fix
       (actions
        (vconcat
         (mapcar (lambda (d)
                   (let ((titles (mapcar (lambda (a)
                                           (when (and (null fix) (equal (plist-get a :title) probe-fix-title)) (setq fix a))
                                           (plist-get a :title))
                                         (eglot-code-actions (flymake-diagnostic-beg d) (flymake-diagnostic-end d)))))
                     `((code . ,(plist-get (probe-lsp-diag d) :code)) (titles . ,(vconcat titles)))))
                 diags))))
  (unless fix (probe-finish `((error . "fix not offered") (diagnostics . ,before) (code_actions . ,actions)) 2))
  (let ((publishes (probe-current-publishes)))
    (eglot--apply-workspace-edit (plist-get fix :edit))
    (save-buffer)
    (unless (probe-wait-publish publishes) (probe-finish '((error . "no diagnostics after the fix")) 2)))
  (let ((after (probe-diagnostics)))
    (find-file probe-good)
    (text-mode)                       ; eglot attaches buffers of its major mode in the same project
    (unless (probe-wait-publish 0) (probe-finish '((error . "no diagnostics published for the good letter")) 2))
    (probe-finish `((emacs . ,emacs-version)
                    (managed . ,(if (eglot-managed-p) t :json-false))
                    (diagnostics . ,before)
                    (code_actions . ,actions)
                    (applied . ,(plist-get fix :title))
                    (after_fix . ,after)
                    (good . ,(probe-diagnostics)))
                  0)))
