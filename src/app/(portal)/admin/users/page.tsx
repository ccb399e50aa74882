import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { NEW_ACCOUNT_ROLE } from "@/server/auth/policy";
import { requirePermission } from "@/server/auth/session";
import { USER_ROLES } from "@/server/users/schemas";
import { listPlacementOptions, listUsers } from "@/server/users/list-users";
import { ZUserListParams } from "@/server/users/schemas";
import { formatDateTime } from "@/lib/dates";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { vi } from "@/messages/vi";
import { createUserAction } from "./actions";
import { UserForm } from "./user-form";

export const metadata: Metadata = { title: vi.users.title };

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("manage:user");
  const params = await searchParams;
  const { q, page, sort } = parseSearchParams(ZUserListParams, params);
  const [result, units] = await Promise.all([listUsers({ actor, q, page, sort }), listPlacementOptions(actor)]);
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
          <Button variant="secondary">{vi.app.search}</Button>
        </form>
        <DataTable
          className="mt-4"
          caption={vi.users.title}
          rows={result.rows}
          rowKey={(user) => user.id}
          sort={{ current: sort, basePath: "/admin/users", params: { q } }}
          columns={[
            { header: vi.users.username, sortKey: "username", className: "font-mono", cell: (user) => user.username },
            { header: vi.users.fullName, sortKey: "fullName", cell: (user) => user.fullName },
            { header: vi.users.role, cell: (user) => vi.roles[user.role] },
            {
              header: vi.users.unit,
              cell: (user) => `${user.unit.name}${user.organization ? ` · ${user.organization.shortName}` : ""}`,
            },
            {
              header: vi.users.status,
              cell: (user) => (
                <StatusBadge
                  status={user.isActive ? "ACCEPTED" : "CANCELLED"}
                  label={user.isActive ? vi.users.active : vi.users.inactive}
                />
              ),
            },
            {
              header: vi.users.lastLogin,
              sortKey: "lastLogin",
              className: "text-slate-600",
              cell: (user) => formatDateTime(user.lastLoginAt),
            },
            {
              header: vi.app.actions,
              hiddenHeader: true,
              cell: (user) => (
                <Link className="link" href={`/admin/users/${user.id}`}>
                  {vi.users.edit}
                </Link>
              ),
            },
          ]}
        />
        <Pagination of={result} basePath="/admin/users" params={{ q, sort }} />
      </Card>
      <Card title={vi.users.create}>
        <UserForm action={createUserAction} units={units} roles={{ list: USER_ROLES, initial: NEW_ACCOUNT_ROLE }} />
      </Card>
    </>
  );
}
