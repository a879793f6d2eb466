import type { RegionData } from "../../../resources/schema.ts";
import { au } from "./au.ts";
import { be } from "./be.ts";
import { br } from "./br.ts";
import { ca } from "./ca.ts";
import { de } from "./de.ts";
import { dk } from "./dk.ts";
import { es } from "./es.ts";
import { fi } from "./fi.ts";
import { fr } from "./fr.ts";
import { gb } from "./gb.ts";
import { ie } from "./ie.ts";
import { in_ } from "./in.ts";
import { it } from "./it.ts";
import { jp } from "./jp.ts";
import { nl } from "./nl.ts";
import { no } from "./no.ts";
import { nz } from "./nz.ts";
import { ph } from "./ph.ts";
import { pl } from "./pl.ts";
import { pt } from "./pt.ts";
import { se } from "./se.ts";
import { sg } from "./sg.ts";
import { us } from "./us.ts";
import { za } from "./za.ts";

/**
 * Every region with built-in resources. Add a country: one file here, listed below (see docs/resources.md).
 * Mexico is left out until its lines and emergency number are confirmed on official pages.
 */
export const REGIONS: readonly RegionData[] = [au, be, br, ca, de, dk, es, fi, fr, gb, ie, in_, it, jp, nl, no, nz, ph, pl, pt, se, sg, us, za];
