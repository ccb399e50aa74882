"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { news } from "@/messages/vi/news";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { news };

const t = vi.news.editor;
/** Parses HTML in an inert document and drops scripts, embedded content, event handlers and script URLs. */
function inert(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  doc
    .querySelectorAll("script,style,iframe,object,embed,img,svg,math,form,input,textarea,link,meta")
    .forEach((node) => node.remove());
  doc.querySelectorAll("*").forEach((element) => {
    for (const attribute of [...element.attributes]) {
      const value = attribute.value.replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
      if (
        attribute.name.startsWith("on") ||
        attribute.name === "style" ||
        value.startsWith("javascript:") ||
        value.startsWith("data:")
      )
        element.removeAttribute(attribute.name);
    }
  });
  return doc.body.innerHTML;
}

/**
 * A small rich-text editor (no CDN, works offline): a contentEditable area with bold,
 * italic, lists and links, and an HTML source view. It only shapes the text; the
 * server sanitizes whatever arrives (src/server/news/sanitize-news-html.ts).
 */
export function RichTextEditor({ name, label, initialHtml }: { name: string; label: string; initialHtml: string }) {
  const [html, setHtml] = useState(initialHtml);
  const [mode, setMode] = useState<"visual" | "source">("visual");
  const area = useRef<HTMLDivElement>(null);

  // What the server sent was sanitized there; load it into the editable area whenever it changes.
  const [loaded, setLoaded] = useState(initialHtml);
  if (loaded !== initialHtml) {
    setLoaded(initialHtml);
    setHtml(initialHtml);
  }
  useEffect(() => {
    if (area.current) area.current.innerHTML = initialHtml;
  }, [initialHtml]);
  // Back from the source view: show the typed HTML made inert first (the server cleans it again on save).
  useEffect(() => {
    if (mode === "visual" && area.current) area.current.innerHTML = inert(html);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode]);

  const run = (command: string, value?: string) => {
    area.current?.focus();
    document.execCommand(command, false, value);
    setHtml(area.current?.innerHTML ?? "");
  };
  const link = () => {
    const url = window.prompt(t.linkPrompt, "https://");
    if (url && /^(https?:|mailto:)/i.test(url.trim())) run("createLink", url.trim());
  };

  return (
    <div className="space-y-1">
      <span id={`${name}-label`} className="block text-sm font-medium text-slate-800">
        {label}
      </span>
      <div role="toolbar" aria-label={t.toolbar} className="flex flex-wrap gap-1">
        {mode === "visual" ? (
          <>
            <Button type="button" variant="tool" size="sm" onClick={() => run("bold")} aria-label={t.bold}>
              <strong>B</strong>
            </Button>
            <Button type="button" variant="tool" size="sm" onClick={() => run("italic")} aria-label={t.italic}>
              <em>I</em>
            </Button>
            <Button type="button" variant="tool" size="sm" onClick={() => run("insertUnorderedList")}>
              {t.bulletList}
            </Button>
            <Button type="button" variant="tool" size="sm" onClick={() => run("insertOrderedList")}>
              {t.numberedList}
            </Button>
            <Button type="button" variant="tool" size="sm" onClick={link}>
              {t.link}
            </Button>
            <Button type="button" variant="tool" size="sm" onClick={() => run("unlink")}>
              {t.unlink}
            </Button>
          </>
        ) : null}
        <Button
          type="button"
          variant="tool"
          size="sm"
          className="ml-auto"
          aria-pressed={mode === "source"}
          onClick={() => {
            if (mode === "visual") setHtml(area.current?.innerHTML ?? html);
            setMode(mode === "visual" ? "source" : "visual");
          }}
        >
          {mode === "visual" ? t.source : t.visual}
        </Button>
      </div>
      {mode === "visual" ? (
        <div
          ref={area}
          role="textbox"
          aria-multiline="true"
          aria-labelledby={`${name}-label`}
          contentEditable
          suppressContentEditableWarning
          className="news-body min-h-64 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600"
          onInput={(event) => setHtml(event.currentTarget.innerHTML)}
        />
      ) : (
        <textarea
          aria-label={`${label} — ${t.source}`}
          className="block min-h-64 w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs shadow-sm"
          value={html}
          onChange={(event) => setHtml(event.target.value)}
        />
      )}
      <input type="hidden" name={name} value={html} />
    </div>
  );
}
