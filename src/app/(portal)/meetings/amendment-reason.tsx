import { TextField } from "@/components/ui/field";
import { meetingEditors } from "@/messages/vi/meeting-editors";

/**
 * The reason a change after publication needs (an amendment), asked only of a published meeting:
 * in an editor that keeps its own state (attendance, minutes, directives).
 */
export function AmendmentReasonInput({
  published,
  value,
  onChange,
  className,
}: {
  published: boolean;
  value: string;
  onChange: (reason: string) => void;
  className: string;
}) {
  if (!published) return null;
  return (
    <label className="block text-sm">
      <span className="font-medium">{meetingEditors.amendmentReasonLabel}</span>
      <input className={className} value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

/** The same reason in a form posted as FormData (details, citations), kept after a refusal. */
export function AmendmentReasonField({
  published,
  id,
  defaultValue,
  error,
}: {
  published: boolean;
  id?: string;
  defaultValue: string;
  error?: string;
}) {
  if (!published) return null;
  return (
    <div className="sm:col-span-2">
      <TextField
        label={meetingEditors.amendmentReasonLabel}
        id={id}
        name="amendmentReason"
        defaultValue={defaultValue}
        error={error}
      />
    </div>
  );
}
