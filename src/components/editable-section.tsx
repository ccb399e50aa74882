"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * A section shown as recorded, with a button that opens its editor in place (docs/decisions/0034).
 * The editor is an element the server describes but nobody renders until the button is pressed,
 * so its code (a next/dynamic chunk) is neither rendered on the server nor preloaded with the
 * page. Once open it stays open: closing would throw away what was typed. The recorded view
 * stays in the printout while editing.
 */
export function EditableSection({
  editLabel,
  editor,
  startOpen = false,
  children,
}: {
  editLabel: string;
  /** null for someone who may not edit: the recorded view alone. */
  editor: ReactNode | null;
  /** Open from the start (after hydration), e.g. to offer back an unsaved draft. */
  startOpen?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(startOpen);
  const [focusEditor, setFocusEditor] = useState(false);
  const editorBox = useRef<HTMLDivElement>(null);
  // The button goes away when pressed: the keyboard user's focus moves to the editor it opened.
  useEffect(() => {
    if (focusEditor) editorBox.current?.focus();
  }, [focusEditor]);
  if (editor === null) return children;
  if (!open) {
    return (
      <>
        {children}
        <div className="no-print mt-3">
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setOpen(true);
              setFocusEditor(true);
            }}
          >
            {editLabel}
          </Button>
        </div>
      </>
    );
  }
  return (
    <>
      <div ref={editorBox} tabIndex={-1} className="no-print outline-none" aria-label={editLabel} role="group">
        {editor}
      </div>
      <div className="hidden print:block">{children}</div>
    </>
  );
}
