import { StatusPage } from "@/components/ui/status-page";
import { errors } from "@/messages/vi/errors";

// Inside the portal frame, which already has the page's <main>.
export default function PortalUnauthorized() {
  return <StatusPage code={401} message={errors.UNAUTHENTICATED} framed />;
}
