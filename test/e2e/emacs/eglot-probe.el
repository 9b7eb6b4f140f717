;;; Headless Emacs 28 + Debian elpa-eglot probe for the Afgørelsestjek language server (stdio).
;;; Run: emacs -Q --batch -l eglot-probe.el DEFECTIVE.md   (env: E2E_OUT E2E_SERVER E2E_GOOD E2E_FIX_TITLE)
;;; Attaches to the defective letter, records the diagnostics as flymake shows them (line, column,
;;; code), the code-action titles for each, applies the fix titled E2E_FIX_TITLE, saves, records the
;;; diagnostics that follow, then opens E2E_GOOD and records its diagnostics. Writes JSON; the
;;; verdict is in test/e2e/editors.test.mjs.
(load (expand-file-name "probe-common.el" (file-name-directory load-file-name)) nil t)
(require 'cl-lib)

(defvar probe-good (getenv "E2E_GOOD"))
(defvar probe-fix-title (decode-coding-string (getenv "E2E_FIX_TITLE") 'utf-8))

(defun probe-wait-checked (after)
  "Wait for the current file's next publication, then let flymake show it (no command loop in batch)."
  (prog1 (probe-wait-publish after)
    (flymake-start)
    (accept-process-output nil 0.1)))

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

(probe-attach probe-file)
(unless (probe-wait-checked 0) (probe-finish '((error . "no diagnostics for the defective letter")) 2))
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
    (unless (probe-wait-checked publishes) (probe-finish '((error . "no diagnostics after the fix")) 2)))
  (let ((after (probe-diagnostics)))
    (find-file probe-good)
    (text-mode)                       ; eglot attaches buffers of its major mode in the same project
    (unless (probe-wait-checked 0) (probe-finish '((error . "no diagnostics published for the good letter")) 2))
    (probe-finish `((emacs . ,emacs-version)
                    (managed . ,(if (eglot-managed-p) t :json-false))
                    (diagnostics . ,before)
                    (code_actions . ,actions)
                    (applied . ,(plist-get fix :title))
                    (after_fix . ,after)
                    (good . ,(probe-diagnostics)))
                  0)))
