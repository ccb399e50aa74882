import { formatDateTime } from "@/lib/dates";
import { recommendations } from "@/messages/vi/recommendations";

interface Answered {
  answer: string | null;
  answeredBy: { fullName: string } | null;
  answeredAt: Date | null;
}

/** An organization's answer to a recommendation, if any: who answered and when, then the text as written. */
export function RecommendationAnswer({ recommendation, className }: { recommendation: Answered; className: string }) {
  if (!recommendation.answer) return null;
  const { answer, answeredBy, answeredAt } = recommendation;
  return (
    <div className={`rounded-md bg-slate-50 p-2 ${className}`}>
      <p className="text-xs text-slate-500">
        {recommendations.answeredBy(answeredBy?.fullName ?? "", formatDateTime(answeredAt))}
      </p>
      <p className="whitespace-pre-line">{answer}</p>
    </div>
  );
}
