import { StatusPage } from "@/components/ui/status-page";
import { errors } from "@/messages/vi/errors";

// Next.js carries a 401 tree in every page's payload; its default is larger than ours (issue 18).
export default function Unauthorized() {
  return <StatusPage code={401} message={errors.UNAUTHENTICATED} />;
}
