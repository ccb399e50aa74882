"use client";

import { useState } from "react";

/**
 * Editor rows initialised from the server, re-read from it whenever the
 * meeting's version changes and the user has nothing unsaved (so new rows get
 * their ids after a save, and typed text is never replaced).
 */
export function useSyncedRows<T>(version: number, fromServer: () => T) {
  const [rows, setRowsState] = useState<T>(fromServer);
  const [dirty, setDirty] = useState(false);
  const [syncedVersion, setSyncedVersion] = useState(version);
  if (!dirty && version !== syncedVersion) {
    setSyncedVersion(version);
    setRowsState(fromServer());
  }
  const setRows = (update: T | ((previous: T) => T)) => {
    setDirty(true);
    setRowsState(update);
  };
  return { rows, setRows, dirty, setDirty };
}

/** Moves an item of a list one place up (-1) or down (+1). */
export function move<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}
