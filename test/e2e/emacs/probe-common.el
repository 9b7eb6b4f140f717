;;; Shared by the headless Emacs 28 + Debian elpa-eglot probes (eglot-probe.el, watch-probe.el):
;;; eglot from Debian's elpa packages, the probe's environment (E2E_OUT, E2E_SERVER, the letter as
;;; the last argument), a transient project at the letter's folder, publications counted per file,
;;; waiting for the next one, finishing with JSON, and a timeout so that CI never hangs.
(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa") ; Debian elpa-* packages
(package-initialize)
(require 'eglot)
(require 'json)

(defvar probe-out (getenv "E2E_OUT"))
(defvar probe-server (getenv "E2E_SERVER"))
(defvar probe-file (expand-file-name (car (last command-line-args-left))))
(setq command-line-args-left nil)    ; don't let Emacs visit the file a second time

;; no VC root here, so give project.el a transient project rooted at the letter's folder
(add-hook 'project-find-functions (lambda (_dir) (cons 'transient (file-name-directory probe-file))))
(setq eglot-sync-connect t eglot-autoshutdown t)

;; every publishDiagnostics counted per file, and the codes of the latest one
(defvar probe-publishes (make-hash-table :test 'equal))
(defvar probe-codes nil)
(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest args)
              (when (eq method 'textDocument/publishDiagnostics)
                (let ((path (expand-file-name (eglot--uri-to-path (plist-get args :uri)))))
                  (puthash path (1+ (gethash path probe-publishes 0)) probe-publishes)
                  (setq probe-codes (vconcat (mapcar (lambda (d) (plist-get d :code)) (plist-get args :diagnostics))))))))

(defun probe-current-publishes ()
  (gethash (expand-file-name buffer-file-name) probe-publishes 0))

(defun probe-finish (result code)
  (let ((coding-system-for-write 'utf-8))
    (with-temp-file probe-out (insert (json-encode result))))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs code))

(run-at-time 40 nil (lambda () (probe-finish '((error . "timeout")) 3))) ; never hang CI

(defun probe-wait-publish (after)
  "Wait until the current file has had more than AFTER publications. read-event, unlike sit-for
in batch, also dispatches the file-notify events that make eglot send workspace/didChangeWatchedFiles."
  (let ((deadline (+ (float-time) 20)))
    (while (and (<= (probe-current-publishes) after) (< (float-time) deadline))
      (ignore-errors (read-event nil nil 0.05)))
    (> (probe-current-publishes) after)))

(defun probe-attach (file)
  "Visit FILE in text-mode (markdown-mode is not in Debian's base emacs) and attach eglot."
  (find-file file)
  (text-mode)
  (eglot '(text-mode) (project-current) 'eglot-lsp-server (list "node" probe-server "--stdio") "markdown"))
