;;; Headless Emacs 28 + Debian elpa-eglot: does a change to .afgoerelsestjek.json reach the server?
;;; Run: emacs -Q --batch -l watch-probe.el LETTER.md   (env: E2E_OUT E2E_SERVER)
;;; Writes a settings file that turns rule hjemmel off beside the letter, attaches eglot, records the
;;; codes published and the file watchers eglot registered for the server, then turns hjemmel to
;;; "error" in the file and records the codes of the next publication. Writes JSON; the verdict is
;;; in test/e2e/editors/editors.test.ts.
(load (expand-file-name "probe-common.el" (file-name-directory load-file-name)) nil t)

(defvar probe-settings (expand-file-name ".afgoerelsestjek.json" (file-name-directory probe-file)))

(with-temp-file probe-settings (insert "{\"rules\": {\"hjemmel\": \"off\"}}"))
(probe-attach probe-file)
(unless (probe-wait-publish 0) (probe-finish '((error . "no diagnostics")) 2))
(let ((before probe-codes)
      (watchers (hash-table-count (eglot--file-watches (eglot-current-server))))
      (publishes (probe-current-publishes)))
  (with-temp-file probe-settings (insert "{\"rules\": {\"hjemmel\": \"error\"}}"))
  (probe-wait-publish publishes)
  (probe-finish `((watchers . ,watchers) (before . ,before) (after . ,probe-codes)) 0))
