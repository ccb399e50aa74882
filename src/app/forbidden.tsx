import { StatusPage } from "@/components/ui/status-page";
import { errors } from "@/messages/vi/errors";

export default function Forbidden() {
  return <StatusPage code={403} message={errors.forbiddenPage} />;
}
