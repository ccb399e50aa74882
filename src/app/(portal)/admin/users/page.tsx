import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { NEW_ACCOUNT_ROLE } from "@/server/auth/policy";
import { requirePermission } from "@/server/auth/session";
import { USER_ROLES } from "@/server/users/schemas";
import { listPlacementOptions, listUsers } from "@/server/users/list-users";
import { formatDateTime } from "@/lib/dates";
import { ZSearchListParams } from "@/lib/schema-fields";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { vi } from "@/messages/vi";
import { createUserAction } from "./actions";
import { UserForm } from "./user-form";

export const metadata: Metadata = { title: vi.users.title };

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("manage:user");
  const params = await searchParams;
  const { q, page } = parseSearchParams(ZSearchListParams, params);
  const [result, units] = await Promise.all([listUsers({ actor, q, page }), listPlacementOptions(actor)]);
  return (
    <>
      <PageHeader title={vi.users.title} />
      <Card className="mb-6">
        <form className="flex flex-wrap gap-2" role="search">
          <label htmlFor="users-q" className="sr-only">
            {vi.app.search}
          </label>
          <input
            id="users-q"
            name="q"
            defaultValue={q}
            placeholder={vi.users.searchPlaceholder}
            className="min-w-64 flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          <button className={buttonClass("secondary")}>{vi.app.search}</button>
        </form>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th className="py-2 pr-3">{vi.users.username}</th>
                <th className="py-2 pr-3">{vi.users.fullName}</th>
                <th className="py-2 pr-3">{vi.users.role}</th>
                <th className="py-2 pr-3">{vi.users.unit}</th>
                <th className="py-2 pr-3">{vi.users.status}</th>
                <th className="py-2 pr-3">{vi.users.lastLogin}</th>
                <th className="py-2">
                  <span className="sr-only">{vi.app.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.rows.map((user) => (
                <tr key={user.id}>
                  <td className="py-2 pr-3 font-mono">{user.username}</td>
                  <td className="py-2 pr-3">{user.fullName}</td>
                  <td className="py-2 pr-3">{vi.roles[user.role]}</td>
                  <td className="py-2 pr-3">
                    {user.unit.name}
                    {user.organization ? ` · ${user.organization.shortName}` : ""}
                  </td>
                  <td className="py-2 pr-3">
                    <StatusBadge
                      status={user.isActive ? "ACCEPTED" : "CANCELLED"}
                      label={user.isActive ? vi.users.active : vi.users.inactive}
                    />
                  </td>
                  <td className="py-2 pr-3 text-slate-600">{formatDateTime(user.lastLoginAt)}</td>
                  <td className="py-2">
                    <Link className="text-brand-700 underline" href={`/admin/users/${user.id}`}>
                      {vi.users.edit}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination page={result.page} pages={result.pages} total={result.total} basePath="/admin/users" params={{ q }} />
      </Card>
      <Card title={vi.users.create}>
        <UserForm action={createUserAction} units={units} roles={{ list: USER_ROLES, initial: NEW_ACCOUNT_ROLE }} />
      </Card>
    </>
  );
}
