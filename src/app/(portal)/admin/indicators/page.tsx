import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/server/auth/session";
import { listIndicators } from "@/server/indicators/save-indicator";
import { vi } from "@/messages/vi";
import { saveIndicatorAction } from "./actions";
import { IndicatorForm } from "./indicator-form";

export const metadata: Metadata = { title: vi.indicators.title };

export default async function IndicatorsPage() {
  const actor = await requirePermission("manage:indicator");
  const indicators = await listIndicators(actor);
  return (
    <>
      <PageHeader title={vi.indicators.title} />
      <Card title={vi.indicators.create} className="mb-6">
        <IndicatorForm action={saveIndicatorAction} />
      </Card>
      <Card>
        {indicators.length === 0 ? (
          <EmptyState />
        ) : (
          <ul className="divide-y divide-slate-100">
            {indicators.map((indicator) => (
              <li key={indicator.id} className="py-3">
                <IndicatorForm action={saveIndicatorAction} indicator={indicator} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
