/* SPDX-License-Identifier: MPL-2.0 */
/* The C entries of the spreadsheet functions, one per table row; each
 * lives in addin/functions/<section>.c. */
#pragma once

#include "addin/table.h"

/* Scheduling: functions/scheduling.c */

/* Resource levelling: functions/levelling.c */

/* Schedule risk: functions/risk.c */

/* Calendars: functions/calendars.c */
gboolean addin_fn_workday(AddinCall *call, GError **error);
gboolean addin_fn_networkdays(AddinCall *call, GError **error);
gboolean addin_fn_holidays(AddinCall *call, GError **error);

/* Series production: functions/series.c */

/* Estimating: functions/estimating.c */

/* Finance and the joint venture: functions/finance.c */

/* Progress and earned value: functions/progress.c */

/* About: functions/about.c */
gboolean addin_fn_version(AddinCall *call, GError **error);
