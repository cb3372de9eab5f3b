/* SPDX-License-Identifier: MPL-2.0 */
/* The critical path method over an activity network: forward and backward
 * passes in working days, total and free float, the critical flag, and the
 * dated result table of YARD.CPM. */
#pragma once

#include <glib.h>

#include "scheduler/calendar.h"
#include "scheduler/network.h"

G_BEGIN_DECLS

/**
 * YpCpmField:
 * The result columns of YARD.CPM, in their default order.
 */
typedef enum {
    YP_CPM_ES,
    YP_CPM_EF,
    YP_CPM_LS,
    YP_CPM_LF,
    YP_CPM_TF,
    YP_CPM_FF,
    YP_CPM_CRIT,
    YP_CPM_N_FIELDS,
} YpCpmField;

/**
 * yp_cpm_fields_parse:
 * @text: (nullable): column names from ES,EF,LS,LF,TF,FF,CRIT, separated by
 *   ',' or ';', case-insensitive, blanks and empty items ignored. NULL, ""
 *   or blanks only mean all seven in the default order.
 * @fields: receives the columns in the order listed.
 * @n_fields: receives their number, 1..YP_CPM_N_FIELDS.
 * Returns: TRUE, or FALSE with YP_ERROR_INVALID for an unknown or a
 * repeated name.
 */
gboolean yp_cpm_fields_parse(const char *text, YpCpmField fields[YP_CPM_N_FIELDS], guint *n_fields,
                             GError **error);

/**
 * yp_cpm_forward:
 * @duration: [n_activities] working days, >= 0 (network->duration, or the
 *   caller's own, e.g. sampled; their sum plus network->positive_lag_sum
 *   must not exceed YP_NETWORK_MAX_SPAN).
 * @es: [n_activities] caller-owned, receives the early starts.
 * Forward pass in topological order, which is the index order: ES(s) =
 * max(0, max over links p->s of ES(p) + yp_link_ss_lag()). Allocates
 * nothing; O(activities + links).
 * Returns: the project finish, the largest EF = ES + d (0 for no activity).
 */
gint32 yp_cpm_forward(const YpNetwork *network, const gint32 *duration, gint32 *es);

/**
 * yp_cpm_backward:
 * @finish: the project finish from yp_cpm_forward() with the same durations.
 * @ls: [n_activities] caller-owned, receives the late starts.
 * Backward pass in reverse topological order: every activity finishes by
 * @finish, so LS(p) = min(finish - d(p), min over links p->s of
 * LS(s) - yp_link_ss_lag()). Allocates nothing. LS >= ES always holds.
 */
void yp_cpm_backward(const YpNetwork *network, const gint32 *duration, gint32 finish, gint32 *ls);

/**
 * yp_cpm_free_float:
 * @es: early starts from yp_cpm_forward(); @finish: its project finish.
 * @ff: [n_activities] caller-owned, receives the free floats: the smallest
 * slack of the activity's outgoing links in the early schedule (ES(s) -
 * ES(p) - yp_link_ss_lag(), which is each link type's own slack) and of
 * the project finish (finish - EF(p)). 0 <= FF <= TF. Allocates nothing.
 */
void yp_cpm_free_float(const YpNetwork *network, const gint32 *duration, const gint32 *es,
                       gint32 finish, gint32 *ff);

/**
 * YpCpmSchedule:
 * The full CPM result per activity (indices of the network), in working-day
 * offsets: EF = ES + d, LF = LS + d, TF = LS - ES, FF as
 * yp_cpm_free_float(), critical = (TF <= 0). @finish is the project finish.
 */
typedef struct {
    guint32 n_activities;
    gint32 finish;
    gint32 *es;
    gint32 *ef;
    gint32 *ls;
    gint32 *lf;
    gint32 *tf;
    gint32 *ff;
    guint8 *critical;
} YpCpmSchedule;

/**
 * yp_cpm_schedule_new:
 * Runs both passes and the floats with the network's own durations.
 * Returns: (transfer full): the schedule; free with yp_cpm_schedule_free().
 */
YpCpmSchedule *yp_cpm_schedule_new(const YpNetwork *network);
void yp_cpm_schedule_free(YpCpmSchedule *schedule);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(YpCpmSchedule, yp_cpm_schedule_free)

/**
 * yp_cpm_start_ordinal / yp_cpm_finish_ordinal:
 * The working day (offset from the first working day) on which a start at
 * offset @es, or a finish at offset @ef, is dated, for an activity of
 * @duration days. An activity of d >= 1 days starts on day ES and finishes
 * on day EF - 1 (its last day, inclusive), as MS Project and Primavera show
 * it. A milestone (d = 0) takes place at the end of day ES - 1, like the
 * finish of the work before it, and on day 0 when ES = 0 (MS Project's
 * rule). The same holds for LS and LF.
 */
static inline gint32 yp_cpm_start_ordinal(gint32 es, gint32 duration)
{
    return duration > 0 ? es : MAX(es - 1, 0);
}

static inline gint32 yp_cpm_finish_ordinal(gint32 ef, gint32 duration)
{
    /* A milestone's EF equals its ES, so both rules give the same day. */
    return duration > 0 ? ef - 1 : MAX(ef - 1, 0);
}

/**
 * yp_cpm_date:
 * @origin: the calendar ordinal of the schedule's working day 0
 *   (yp_calendar_ordinal() of the project start).
 * @ordinal: a working day of the schedule, as yp_cpm_start_ordinal() or
 *   yp_cpm_finish_ordinal() give it.
 * @out: receives its date serial, for the result tables of CPM and LEVEL.
 * Returns: TRUE, or FALSE with YP_ERROR_INVALID when the schedule runs past
 * 9999-12-31.
 */
gboolean yp_cpm_date(const YpCalendar *calendar, gint64 origin, gint32 ordinal, double *out,
                     GError **error);

/**
 * YpCpmTable:
 * The result of YARD.CPM: @n_rows x @n_fields values, row-major, one row
 * per input row. A blank input row gives a row of NaN (shown as empty
 * cells). When @dated, the ES/EF/LS/LF columns hold dates as YpDay
 * numbers, otherwise working-day offsets; TF and FF are working days,
 * CRIT is 1 or 0.
 */
typedef struct {
    gsize n_rows;
    guint n_fields;
    YpCpmField fields[YP_CPM_N_FIELDS];
    gboolean dated;
    double *values;
} YpCpmTable;

/**
 * yp_cpm_table_new:
 * @calendar: (nullable): the working-day calendar; needed only with @start.
 * @start: the project start date, or 0 for none (offsets). Working day 0 is
 *   the first working day on or after @start.
 * @fields: (nullable): the column list, as yp_cpm_fields_parse().
 * Computes the schedule and lays it out as YARD.CPM returns it.
 * Returns: (transfer full): the table, or NULL with YP_ERROR_INVALID (bad
 * @fields, @start outside the supported dates, a date past 9999-12-31).
 */
YpCpmTable *yp_cpm_table_new(const YpNetwork *network, const YpCalendar *calendar, YpDay start,
                             const char *fields, GError **error);

/**
 * yp_cpm_run:
 * YARD.CPM in one call: yp_network_parse() on the rows, then
 * yp_cpm_table_new(). Arguments as those two functions; the inputs stay
 * owned by the caller.
 * Returns: (transfer full): the table, or NULL with @error set.
 */
YpCpmTable *yp_cpm_run(const char *const *ids, const double *durations,
                       const char *const *predecessors, gsize n_rows, const YpCalendar *calendar,
                       YpDay start, const char *fields, GError **error);

void yp_cpm_table_free(YpCpmTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(YpCpmTable, yp_cpm_table_free)

G_END_DECLS
