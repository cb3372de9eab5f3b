/* SPDX-License-Identifier: MPL-2.0 */
/* Critical path method: the two passes over the CSR network in
 * topological order, floats, and the dated result table of YARD.CPM. */
#include "scheduler/cpm.h"

#include <math.h>
#include <string.h>

#include "scheduler/error.h"
#include "scheduler/field-list.h"

static const char *const field_names[YP_CPM_N_FIELDS] = {
    "ES", "EF", "LS", "LF", "TF", "FF", "CRIT"
};

gboolean yp_cpm_fields_parse(const char *text, YpCpmField fields[YP_CPM_N_FIELDS], guint *n_fields,
                             GError **error)
{
    g_return_val_if_fail(fields != NULL && n_fields != NULL, FALSE);
    guint listed[YP_CPM_N_FIELDS], n = 0;
    if (!yp_field_list_parse(text, field_names, YP_CPM_N_FIELDS, listed, &n, error))
        return FALSE;
    /* None listed: all of them, in the default order. */
    for (guint i = 0; i < (n > 0 ? n : YP_CPM_N_FIELDS); i++)
        fields[i] = (YpCpmField)(n > 0 ? listed[i] : i);
    *n_fields = n > 0 ? n : YP_CPM_N_FIELDS;
    return TRUE;
}

/* Forward pass (Kelley and Walker's CPM, 1959, generalised to the four
 * precedence-diagram link types): in topological order,
 * ES(s) = max(0, max over links p->s of ES(p) + lag + [from finish] d(p)
 * - [to finish] d(s)), EF = ES + d. */
gint32 yp_cpm_forward(const YpNetwork *network, const gint32 *duration, gint32 *es)
{
    g_return_val_if_fail(network != NULL, 0);
    g_return_val_if_fail(network->n_activities == 0 || (duration != NULL && es != NULL), 0);
    const guint32 *topo = network->topo;
    const guint32 *start = network->pred_start;
    const YpLink *pred = network->pred;
    guint32 n = network->n_activities;
    gint32 finish = 0;
    for (guint32 k = 0; k < n; k++) {
        guint32 s = topo[k];
        gint32 ds = duration[s];
        gint32 v = 0;
        for (guint32 j = start[s]; j < start[s + 1]; j++) {
            const YpLink *l = &pred[j];
            guint32 p = l->activity;
            gint32 c = es[p] + yp_link_ss_lag(l, duration[p], ds);
            if (c > v)
                v = c;
        }
        es[s] = v;
        if (v + ds > finish)
            finish = v + ds;
    }
    return finish;
}

/* Backward pass, the mirror image: every activity finishes by the project
 * finish T, LS(p) = min(T - d(p), min over links p->s of LS(s) - lag
 * - [from finish] d(p) + [to finish] d(s)), LF = LS + d. */
void yp_cpm_backward(const YpNetwork *network, const gint32 *duration, gint32 finish, gint32 *ls)
{
    g_return_if_fail(network != NULL);
    g_return_if_fail(network->n_activities == 0 || (duration != NULL && ls != NULL));
    const guint32 *topo = network->topo;
    const guint32 *start = network->succ_start;
    const YpLink *succ = network->succ;
    for (guint32 k = network->n_activities; k > 0; k--) {
        guint32 p = topo[k - 1];
        gint32 dp = duration[p];
        gint32 v = finish - dp;
        for (guint32 j = start[p]; j < start[p + 1]; j++) {
            const YpLink *l = &succ[j];
            guint32 s = l->activity;
            gint32 c = ls[s] - yp_link_ss_lag(l, dp, duration[s]);
            if (c < v)
                v = c;
        }
        ls[p] = v;
    }
}

/* Free float: the slack of each outgoing link in the early schedule, and of
 * the project finish, FF(p) = min(T - EF(p), min over links p->s of
 * ES(s) - ES(p) - ss_lag). For FS this is ES(s) - EF(p) - lag, for SS
 * ES(s) - ES(p) - lag, for FF EF(s) - EF(p) - lag, for SF EF(s) - ES(p) - lag
 * (Moder, Phillips and Davis, "Project Management with CPM, PERT and
 * Precedence Diagramming", 3rd ed., 1983). */
void yp_cpm_free_float(const YpNetwork *network, const gint32 *duration, const gint32 *es,
                       gint32 finish, gint32 *ff)
{
    g_return_if_fail(network != NULL);
    g_return_if_fail(network->n_activities == 0 || (duration != NULL && es != NULL && ff != NULL));
    const guint32 *start = network->succ_start;
    const YpLink *succ = network->succ;
    for (guint32 p = 0; p < network->n_activities; p++) {
        gint32 dp = duration[p], ep = es[p];
        gint32 v = finish - ep - dp;
        for (guint32 j = start[p]; j < start[p + 1]; j++) {
            const YpLink *l = &succ[j];
            guint32 s = l->activity;
            gint32 c = es[s] - ep - yp_link_ss_lag(l, dp, duration[s]);
            if (c < v)
                v = c;
        }
        ff[p] = v;
    }
}

YpCpmSchedule *yp_cpm_schedule_new(const YpNetwork *network)
{
    g_return_val_if_fail(network != NULL, NULL);
    guint32 n = network->n_activities;
    YpCpmSchedule *s = g_new0(YpCpmSchedule, 1);
    s->n_activities = n;
    s->es = g_new(gint32, n);
    s->ef = g_new(gint32, n);
    s->ls = g_new(gint32, n);
    s->lf = g_new(gint32, n);
    s->tf = g_new(gint32, n);
    s->ff = g_new(gint32, n);
    s->critical = g_new(guint8, n);
    const gint32 *d = network->duration;
    s->finish = yp_cpm_forward(network, d, s->es);
    yp_cpm_backward(network, d, s->finish, s->ls);
    yp_cpm_free_float(network, d, s->es, s->finish, s->ff);
    for (guint32 a = 0; a < n; a++) {
        s->ef[a] = s->es[a] + d[a];
        s->lf[a] = s->ls[a] + d[a];
        s->tf[a] = s->ls[a] - s->es[a];
        s->critical[a] = s->tf[a] <= 0;
    }
    return s;
}

void yp_cpm_schedule_free(YpCpmSchedule *schedule)
{
    if (schedule == NULL)
        return;
    g_free(schedule->es);
    g_free(schedule->ef);
    g_free(schedule->ls);
    g_free(schedule->lf);
    g_free(schedule->tf);
    g_free(schedule->ff);
    g_free(schedule->critical);
    g_free(schedule);
}

void yp_cpm_table_free(YpCpmTable *table)
{
    if (table == NULL)
        return;
    g_free(table->values);
    g_free(table);
}

static gboolean check_start(const YpCalendar *calendar, YpDay start, GError **error)
{
    if (start == 0)
        return TRUE;
    g_return_val_if_fail(calendar != NULL, FALSE);
    if (!yp_day_is_supported(start)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The start date is outside the supported dates, 1583-01-01 to 9999-12-31.");
        return FALSE;
    }
    return TRUE;
}

gboolean yp_cpm_date(const YpCalendar *calendar, gint64 origin, gint32 ordinal, double *out,
                     GError **error)
{
    YpDay day;
    if (!yp_calendar_day(calendar, origin + ordinal, &day, NULL)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The schedule runs past 9999-12-31, the last supported date.");
        return FALSE;
    }
    *out = day;
    return TRUE;
}

static YpCpmTable *table_build(const YpNetwork *network, const YpCalendar *calendar, YpDay start,
                               const YpCpmField *fields, guint n_fields, GError **error)
{
    g_autoptr(YpCpmSchedule) s = yp_cpm_schedule_new(network);
    g_autoptr(YpCpmTable) t = g_new0(YpCpmTable, 1);
    t->n_rows = network->n_rows;
    t->n_fields = n_fields;
    memcpy(t->fields, fields, n_fields * sizeof(YpCpmField));
    t->dated = start != 0;
    t->values = g_new(double, t->n_rows *n_fields);
    for (gsize i = 0; i < t->n_rows * n_fields; i++)
        t->values[i] = NAN;
    gint64 origin = t->dated ? yp_calendar_ordinal(calendar, start) : 0;
    const gint32 *d = network->duration;
    for (guint32 a = 0; a < network->n_activities; a++) {
        double *row = t->values + (gsize)network->row[a] * n_fields;
        for (guint f = 0; f < n_fields; f++) {
            gint32 v;
            gint32 ord;
            switch (fields[f]) {
            case YP_CPM_ES:
                v = s->es[a];
                ord = yp_cpm_start_ordinal(v, d[a]);
                break;
            case YP_CPM_EF:
                v = s->ef[a];
                ord = yp_cpm_finish_ordinal(v, d[a]);
                break;
            case YP_CPM_LS:
                v = s->ls[a];
                ord = yp_cpm_start_ordinal(v, d[a]);
                break;
            case YP_CPM_LF:
                v = s->lf[a];
                ord = yp_cpm_finish_ordinal(v, d[a]);
                break;
            case YP_CPM_TF:
                row[f] = s->tf[a];
                continue;
            case YP_CPM_FF:
                row[f] = s->ff[a];
                continue;
            case YP_CPM_CRIT:
            default:
                row[f] = s->critical[a];
                continue;
            }
            if (!t->dated)
                row[f] = v;
            else if (!yp_cpm_date(calendar, origin, ord, &row[f], error))
                return NULL;
        }
    }
    return g_steal_pointer(&t);
}

YpCpmTable *yp_cpm_table_new(const YpNetwork *network, const YpCalendar *calendar, YpDay start,
                             const char *fields, GError **error)
{
    g_return_val_if_fail(network != NULL, NULL);
    YpCpmField f[YP_CPM_N_FIELDS];
    guint nf;
    if (!yp_cpm_fields_parse(fields, f, &nf, error) || !check_start(calendar, start, error))
        return NULL;
    return table_build(network, calendar, start, f, nf, error);
}

YpCpmTable *yp_cpm_run(const char *const *ids, const double *durations,
                       const char *const *predecessors, gsize n_rows, const YpCalendar *calendar,
                       YpDay start, const char *fields, GError **error)
{
    YpCpmField f[YP_CPM_N_FIELDS];
    guint nf;
    /* The one-cell arguments first: they are cheap to check. */
    if (!yp_cpm_fields_parse(fields, f, &nf, error) || !check_start(calendar, start, error))
        return NULL;
    g_autoptr(YpNetwork) network = yp_network_parse(ids, durations, predecessors, n_rows, error);
    if (network == NULL)
        return NULL;
    return table_build(network, calendar, start, f, nf, error);
}
