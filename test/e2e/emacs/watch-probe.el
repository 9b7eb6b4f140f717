;;; Headless Emacs 28 + Debian elpa-eglot: does a change to .afgoerelsestjek.json reach the server?
;;; Run: emacs -Q --batch -l watch-probe.el LETTER.md   (env: E2E_OUT E2E_SERVER)
;;; Writes a settings file that turns rule hjemmel off beside the letter, attaches eglot, records the
;;; codes published and the file watchers eglot registered for the server, then turns hjemmel to
;;; "error" in the file and records the codes of the next publication. Writes JSON; the verdict is
;;; in test/e2e/editors/editors.test.ts.
(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa") ; Debian elpa-* packages
(package-initialize)
(require 'eglot)
(require 'json)

(defvar probe-out (getenv "E2E_OUT"))
(defvar probe-server (getenv "E2E_SERVER"))
(defvar probe-file (expand-file-name (car (last command-line-args-left))))
(setq command-line-args-left nil)
(defvar probe-settings (expand-file-name ".afgoerelsestjek.json" (file-name-directory probe-file)))

(add-hook 'project-find-functions (lambda (_dir) (cons 'transient (file-name-directory probe-file))))
(setq eglot-sync-connect t eglot-autoshutdown t)

(defvar probe-publishes 0)
(defvar probe-codes nil)
(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest args)
              (when (eq method 'textDocument/publishDiagnostics)
                (setq probe-publishes (1+ probe-publishes)
                      probe-codes (vconcat (mapcar (lambda (d) (plist-get d :code)) (plist-get args :diagnostics)))))))

(defun probe-finish (result code)
  (let ((coding-system-for-write 'utf-8))
    (with-temp-file probe-out (insert (json-encode result))))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs code))

(run-at-time 40 nil (lambda () (probe-finish '((error . "timeout")) 3))) ; never hang CI

(defun probe-wait-publish (after)
  "Wait until more than AFTER publications arrived. read-event, unlike sit-for in batch,
also dispatches the file-notify events that make eglot send workspace/didChangeWatchedFiles."
  (let ((deadline (+ (float-time) 20)))
    (while (and (<= probe-publishes after) (< (float-time) deadline))
      (ignore-errors (read-event nil nil 0.05)))
    (> probe-publishes after)))

(with-temp-file probe-settings (insert "{\"rules\": {\"hjemmel\": \"off\"}}"))
(find-file probe-file)
(text-mode)
(eglot '(text-mode) (project-current) 'eglot-lsp-server (list "node" probe-server "--stdio") "markdown")
(unless (probe-wait-publish 0) (probe-finish '((error . "no diagnostics")) 2))
(let ((before probe-codes)
      (watchers (hash-table-count (eglot--file-watches (eglot-current-server))))
      (publishes probe-publishes))
  (with-temp-file probe-settings (insert "{\"rules\": {\"hjemmel\": \"error\"}}"))
  (probe-wait-publish publishes)
  (probe-finish `((watchers . ,watchers) (before . ,before) (after . ,probe-codes)) 0))
