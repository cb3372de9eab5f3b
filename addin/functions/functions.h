/* SPDX-License-Identifier: MPL-2.0 */
/* The C entries of the spreadsheet functions, one per table row; each
 * lives in addin/functions/<section>.c. */
#pragma once

#include "addin/table.h"

/* Scheduling: functions/scheduling.c */
gboolean addin_fn_cpm(AddinCall *call, GError **error);
gboolean addin_fn_check(AddinCall *call, GError **error);

/* Resource levelling: functions/levelling.c */
gboolean addin_fn_level(AddinCall *call, GError **error);

/* Schedule risk: functions/risk.c */
gboolean addin_fn_sra(AddinCall *call, GError **error);
gboolean addin_fn_criticality(AddinCall *call, GError **error);

/* Calendars: functions/calendars.c */
gboolean addin_fn_workday(AddinCall *call, GError **error);
gboolean addin_fn_networkdays(AddinCall *call, GError **error);
gboolean addin_fn_holidays(AddinCall *call, GError **error);

/* Series production: functions/series.c */
gboolean addin_fn_learn(AddinCall *call, GError **error);
gboolean addin_fn_learntotal(AddinCall *call, GError **error);
gboolean addin_fn_learnfit(AddinCall *call, GError **error);
gboolean addin_fn_berth(AddinCall *call, GError **error);

/* Estimating: functions/estimating.c */
gboolean addin_fn_cgt(AddinCall *call, GError **error);
gboolean addin_fn_enumeral(AddinCall *call, GError **error);
gboolean addin_fn_steelweight(AddinCall *call, GError **error);
gboolean addin_fn_outfitweight(AddinCall *call, GError **error);
gboolean addin_fn_machineryweight(AddinCall *call, GError **error);

/* Finance and the joint venture: functions/finance.c */
gboolean addin_fn_fx(AddinCall *call, GError **error);
gboolean addin_fn_split(AddinCall *call, GError **error);
gboolean addin_fn_jvbalance(AddinCall *call, GError **error);
gboolean addin_fn_spread(AddinCall *call, GError **error);
gboolean addin_fn_escalate(AddinCall *call, GError **error);

/* Progress and earned value: functions/progress.c */
gboolean addin_fn_scurve(AddinCall *call, GError **error);
gboolean addin_fn_pv(AddinCall *call, GError **error);
gboolean addin_fn_evm(AddinCall *call, GError **error);
gboolean addin_fn_earnedschedule(AddinCall *call, GError **error);
gboolean addin_fn_progress(AddinCall *call, GError **error);

/* About: functions/about.c */
gboolean addin_fn_version(AddinCall *call, GError **error);
