import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost" | "link" | "linkDanger" | "tool";
type Size = "md" | "sm" | "xs";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-brand-700/60",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  danger: "border border-red-300 bg-white text-red-700 hover:bg-red-50",
  ghost: "text-slate-700 hover:bg-slate-100",
  // An action inside a row (move, remove): underlined text, no frame.
  link: "underline hover:text-slate-900",
  linkDanger: "text-red-700 underline hover:text-red-800",
  // A toolbar toggle (the rich-text editor's bold, list, source).
  tool: "rounded border border-slate-300 bg-white hover:bg-slate-100",
};

const SIZES: Record<Size, string> = {
  md: "rounded-md px-4 py-2 text-sm font-medium",
  sm: "px-2 py-1 text-sm",
  xs: "px-1 text-xs",
};

export function buttonClass(variant: Variant = "primary", size: Size = "md"): string {
  return `inline-flex items-center justify-center gap-2 transition disabled:cursor-not-allowed ${SIZES[size]} ${VARIANTS[variant]}`;
}

export function Button({
  variant = "primary",
  size = "md",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: Size }) {
  return <button {...props} className={`${buttonClass(variant, size)} ${className}`} />;
}
