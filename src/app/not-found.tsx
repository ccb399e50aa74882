import { StatusPage } from "@/components/ui/status-page";
import { errors } from "@/messages/vi/errors";

export default function NotFound() {
  return <StatusPage code={404} message={errors.notFoundPage} />;
}
