import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { vi as messages } from "@/messages/vi";
import { message } from "@/messages/message-ref";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
const revalidated = vi.hoisted(() => [] as unknown[][]);
vi.mock("@/server/auth/session", async () => {
  const { AppError: Refusal } = await import("@/server/errors");
  return {
    actorOrThrow: async () => {
      if (!session.actor) throw new Refusal("UNAUTHENTICATED");
      return session.actor;
    },
  };
});
vi.mock("next/cache", () => ({ revalidatePath: (...args: unknown[]) => revalidated.push(args) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
}));

const { autosaveAction, callAction, fieldRefusal, formAction, objectAction } = await import("@/server/http/server-action");

const actor = { id: "u1", username: "thu.ky" } as Actor;
const ZNote = z.object({
  noteId: z.string().min(1),
  title: z.string().trim().min(1, messages.validation.required).max(10, messages.validation.tooLong(10)),
  count: z.coerce.number().int(),
  tags: z.array(z.string()).default([]),
  password: z.string().optional(),
});

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

const idle = { status: "idle" } as const;

beforeEach(() => {
  session.actor = actor;
  revalidated.length = 0;
});

describe("formAction", () => {
  it("passes the schema-checked input and output to the use case, revalidates, answers success", async () => {
    const run = vi.fn(async () => ({ id: "n1" }));
    const action = formAction({
      schema: ZNote,
      run,
      revalidate: (data, result) => [`/notes/${data.noteId}`, ["/", "layout"] as const, `/r/${result.id}`],
      done: (result) => `Đã lưu ${result.id}`,
      keepValues: true,
      secret: ["password"],
    });
    const state = await action(
      idle,
      form({ noteId: "n1", title: " Họp ", count: "3", tags: ["", "a", "b"], password: "bí mật" }),
    );
    expect(run).toHaveBeenCalledWith({
      actor,
      input: { noteId: "n1", title: " Họp ", count: "3", tags: ["a", "b"], password: "bí mật" },
      data: { noteId: "n1", title: "Họp", count: 3, tags: ["a", "b"], password: "bí mật" },
      file: expect.any(Function),
    });
    expect(revalidated).toEqual([["/notes/n1"], ["/", "layout"], ["/r/n1"]]);
    // Every typed value is kept, the checkbox list joined, the password never sent back.
    expect(state).toEqual({
      status: "success",
      message: "Đã lưu n1",
      values: { noteId: "n1", title: " Họp ", count: "3", tags: "a,b" },
    });
  });

  it("refuses invalid input with the schema's Vietnamese field messages and keeps what was typed, without running or revalidating", async () => {
    const run = vi.fn();
    const action = formAction({ schema: ZNote, run, revalidate: () => ["/notes"], done: () => "ok" });
    const state = await action(idle, form({ noteId: "n1", title: "quá dài để lưu lại", count: "2" }));
    expect(state).toEqual({
      status: "error",
      message: messages.errors.INVALID_INPUT,
      fieldErrors: { title: messages.validation.tooLong(10) },
      values: { noteId: "n1", title: "quá dài để lưu lại", count: "2" },
    });
    expect(run).not.toHaveBeenCalled();
    expect(revalidated).toEqual([]);
  });

  it("maps the use case's AppError codes to their message and field errors; revalidates only the conflict pages on CONFLICT", async () => {
    const fields = { noteId: "n1", title: "Họp", count: "1" };
    const failing = (error: unknown) =>
      formAction({
        schema: ZNote,
        run: async () => {
          throw error;
        },
        revalidate: () => ["/notes"],
        revalidateOnConflict: (data) => [`/notes/${data.noteId}`],
        done: () => "ok",
      });
    expect(await failing(new AppError("FORBIDDEN"))(idle, form(fields))).toEqual({
      status: "error",
      message: messages.errors.FORBIDDEN,
      fieldErrors: undefined,
      values: fields,
    });
    expect(revalidated).toEqual([]);
    const conflict = await failing(new AppError("CONFLICT"))(idle, form(fields));
    expect(conflict.message).toBe(messages.errors.CONFLICT);
    expect(revalidated).toEqual([["/notes/n1"]]);
    const refused = await failing(new AppError("INVALID_INPUT", undefined, { title: "Sai" }))(idle, form(fields));
    expect(refused).toMatchObject({ message: messages.errors.INVALID_INPUT, fieldErrors: { title: "Sai" }, values: fields });
  });

  it("answers a defect with the generic message, logs it, and keeps the values", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const defect = new TypeError("undefined is not a function");
    const action = formAction({
      schema: ZNote,
      run: async () => {
        throw defect;
      },
      done: () => "ok",
    });
    const state = await action(idle, form({ noteId: "n1", title: "Họp", count: "1" }));
    expect(state).toMatchObject({ status: "error", message: messages.errors.INTERNAL, values: { title: "Họp" } });
    expect(logged).toHaveBeenCalledWith(defect);
    logged.mockRestore();
  });

  it("refuses a signed-out call before reading anything, and treats a non-form as an empty form", async () => {
    const run = vi.fn();
    const action = formAction({ schema: ZNote, run, done: () => "ok" });
    session.actor = null;
    expect(await action(idle, form({ noteId: "n1", title: "Họp", count: "1" }))).toMatchObject({
      status: "error",
      message: messages.errors.UNAUTHENTICATED,
    });
    session.actor = actor;
    const state = await action(idle, "không phải biểu mẫu" as unknown as FormData);
    expect(state).toMatchObject({ status: "error", fieldErrors: { title: messages.validation.required }, values: {} });
    expect(run).not.toHaveBeenCalled();
  });

  it("redirects after revalidating on success, and shows a use case's own values and file refusals", async () => {
    const redirecting = formAction({
      schema: ZNote,
      run: async () => "n9",
      revalidate: () => ["/notes"],
      redirectTo: (_data, id) => `/notes/${id}`,
      done: () => "ok",
    });
    await expect(redirecting(idle, form({ noteId: "n1", title: "Họp", count: "1" }))).rejects.toMatchObject({
      digest: "NEXT_REDIRECT;replace;/notes/n9;307;",
    });
    expect(revalidated).toEqual([["/notes"]]);

    const upload = formAction({
      schema: ZNote,
      run: async ({ file }) => {
        if (!(await file("file"))) throw fieldRefusal("file", message("reports.fileRequired"));
        return "<p>sạch</p>";
      },
      done: (html) => ({ message: "ok", values: { title: html } }),
    });
    expect(await upload(idle, form({ noteId: "n1", title: "Họp", count: "1" }))).toMatchObject({
      fieldErrors: { file: messages.reports.fileRequired },
    });
    const withFile = form({ noteId: "n1", title: "Họp", count: "1" });
    withFile.append("file", new File(["%PDF"], "bao-cao\u0000.pdf"));
    expect(await upload(idle, withFile)).toEqual({ status: "success", message: "ok", values: { title: "<p>sạch</p>" } });
  });
});

describe("actions called with arguments", () => {
  it("objectAction cleans the object, checks it, and answers a FormState", async () => {
    const run = vi.fn(async () => undefined);
    const action = objectAction({ schema: ZNote, run, revalidate: () => ["/notes"], done: () => "Đã lưu" });
    expect(await action({ noteId: "n1", title: "Họp\u0000", count: 2 })).toEqual({ status: "success", message: "Đã lưu" });
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ input: { noteId: "n1", title: "Họp", count: 2 } }));
    expect(await action("rác" as never)).toMatchObject({ status: "error", message: messages.errors.INVALID_INPUT, values: {} });
    expect(revalidated).toEqual([["/notes"]]);
  });

  it("callAction checks a tuple of arguments and throws refusals as AppErrors; autosaveAction answers null", async () => {
    const schema = z.tuple([z.string().min(1)]);
    const lookup = callAction({ schema, run: async ({ data: [id] }) => `tìm ${id}` });
    expect(await lookup("m1")).toBe("tìm m1");
    await expect(lookup(42 as never)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const autosave = autosaveAction({ schema, run: async () => ({ savedAt: "10:00" }) });
    expect(await autosave("m1")).toEqual({ savedAt: "10:00" });
    expect(await autosave("" as never)).toBeNull();
  });
});
