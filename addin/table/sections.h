/* SPDX-License-Identifier: MPL-2.0 */
/* The sections of the function table, one per file in addin/table/.
 * Consecutive sections with the same title make one chapter of the docs. */
#pragma once

#include "addin/functions/functions.h"
#include "addin/table.h"

extern const AddinSection addin_section_scheduling; /* table/scheduling.c */
extern const AddinSection addin_section_levelling;  /* table/levelling.c */
extern const AddinSection addin_section_risk;       /* table/risk.c */
extern const AddinSection addin_section_calendars;  /* table/calendars.c */
extern const AddinSection addin_section_series;     /* table/series.c */
extern const AddinSection addin_section_estimating; /* table/estimating.c */
extern const AddinSection addin_section_finance;    /* table/finance.c */
extern const AddinSection addin_section_progress;   /* table/progress.c */
extern const AddinSection addin_section_about;      /* table/about.c */
