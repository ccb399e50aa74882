import type { FormState } from "@/lib/form-state";

/** The outcome of an editor's save; errors are announced. */
export function EditorMessage({ result }: { result: FormState | null }) {
  if (!result?.message) return null;
  const tone =
    result.status === "success" ? "border-green-300 bg-green-50 text-green-800" : "border-red-300 bg-red-50 text-red-800";
  return (
    <div role={result.status === "error" ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${tone}`}>
      {result.message}
      {result.fieldErrors ? (
        <ul className="mt-1 list-disc pl-5">
          {Object.entries(result.fieldErrors).map(([field, message]) => (
            <li key={field}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
