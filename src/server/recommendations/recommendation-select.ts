import "server-only";

/** A recommendation as its list and its report's page show it: the content and the answer. */
export const RECOMMENDATION_SELECT = {
  id: true,
  content: true,
  addressedTo: true,
  status: true,
  answer: true,
  answeredAt: true,
  answeredBy: { select: { fullName: true } },
} as const;
