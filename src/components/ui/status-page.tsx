import { buttonClass } from "@/components/ui/button";
import { app } from "@/messages/vi/app";

/**
 * The 401/403/404 page. At the root it is the page's only landmark, so it is the <main>; inside the
 * portal frame, which has its own <main>, it is a plain block (one main per page, axe
 * landmark-no-duplicate-main).
 */
export function StatusPage({ code, message, framed = false }: { code: 401 | 403 | 404; message: string; framed?: boolean }) {
  const Root = framed ? "div" : "main";
  return (
    <Root className="status-page">
      <p>{code}</p>
      <h1>{message}</h1>
      {/* A plain link: next/link here would ship its router code with every page (docs/decisions/0026). */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load is right after an error page */}
      <a href="/" className={`${buttonClass("secondary")} mt-6`}>
        {app.backHome}
      </a>
    </Root>
  );
}
