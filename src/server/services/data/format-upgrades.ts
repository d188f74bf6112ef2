import { EXPORT_FORMAT } from "@/schemas/data-export";
import { UserError } from "../../http/user-error";

type RawDocument = Record<string, unknown>;

/**
 * One step per format version: `UPGRADES[n]` turns a version-n document into version n+1.
 * Version 1 is the first format, so there is nothing to upgrade yet; the next change to the
 * document adds `1: (doc) => ({ ...doc, formatVersion: 2, ... })` here and a test for it.
 */
export type FormatUpgrades = Record<number, (doc: RawDocument) => RawDocument>;
const UPGRADES: FormatUpgrades = {};

/** Brings an older document up to `current`; refuses one written by a newer Tracker. */
export function upgradeDocument(
  value: unknown,
  current: number,
  upgrades: FormatUpgrades = UPGRADES,
): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  let doc = value as RawDocument;
  if (doc.format !== EXPORT_FORMAT) return doc;
  let version = doc.formatVersion;
  if (typeof version !== "number" || !Number.isInteger(version)) return doc;
  if (version > current) {
    throw new UserError(
      `This file was exported by a newer Tracker (format version ${version}); this one reads ` +
        `versions up to ${current}. Update Tracker, then import the file again. Nothing was imported.`,
      422,
    );
  }
  while (version < current) {
    const upgrade = upgrades[version];
    if (!upgrade) {
      throw new UserError(
        `Format version ${version} is not one Tracker ever wrote. Nothing was imported.`,
        422,
      );
    }
    doc = upgrade(doc);
    version += 1;
  }
  return doc;
}
