import Link from "next/link";
import type { ComponentProps } from "react";

/** A link inside text or under a form: brand colour, underlined. */
export function TextLink({ className = "", ...props }: ComponentProps<typeof Link>) {
  return <Link className={`text-brand-700 underline ${className}`} {...props} />;
}
