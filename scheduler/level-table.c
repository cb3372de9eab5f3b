/* SPDX-License-Identifier: MPL-2.0 */
/*
 * YARD.LEVEL on an activity table: the network of scheduler/network.c,
 * each link as a start-to-start lag, the demand and capacity cells checked
 * row by row, the levelling of level.c, and the result dated as YARD.CPM
 * dates its own.
 */
#include <math.h>
#include <string.h>

#include "scheduler/cpm.h"
#include "scheduler/error.h"
#include "scheduler/field-list.h"
#include "scheduler/level.h"
#include "scheduler/network.h"
#include "scheduler/whole-number.h"

static const char *const field_names[YP_LEVEL_N_FIELDS] = { "START", "FINISH", "DELAY" };

gboolean yp_level_fields_parse(const char *text, YpLevelField fields[YP_LEVEL_N_FIELDS],
                               guint *n_fields, GError **error)
{
    g_return_val_if_fail(fields != NULL && n_fields != NULL, FALSE);
    guint listed[YP_LEVEL_N_FIELDS], n = 0;
    if (!yp_field_list_parse(text, field_names, YP_LEVEL_N_FIELDS, listed, &n, error))
        return FALSE;
    for (guint i = 0; i < n; i++)
        fields[i] = (YpLevelField)listed[i];
    if (n == 0) {
        fields[n++] = YP_LEVEL_START;
        fields[n++] = YP_LEVEL_FINISH;
    }
    *n_fields = n;
    return TRUE;
}

void yp_level_table_free(YpLevelTable *table)
{
    if (table == NULL)
        return;
    g_free(table->values);
    g_free(table);
}

/* A whole number of units 0 .. YP_LEVEL_MAX_CAPACITY, into @units. */
static gboolean whole_units(double v, double *units)
{
    return yp_whole_number(v, units) && *units >= 0 && *units <= YP_LEVEL_MAX_CAPACITY;
}

static gboolean read_capacities(const double *capacities, guint n_resources, gint *cap,
                                GError **error)
{
    for (guint k = 0; k < n_resources; k++) {
        double v = capacities[k];
        if (isnan(v)) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "The capacity of resource %u is missing; give every resource a "
                        "capacity of 0 or more units.",
                        k + 1);
            return FALSE;
        }
        double units;
        if (v > YP_LEVEL_MAX_CAPACITY && yp_whole_number(v, &units)) {
            g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                        "The capacity of resource %u (%.0f) is above the limit of %d units.", k + 1,
                        v, YP_LEVEL_MAX_CAPACITY);
            return FALSE;
        }
        if (!whole_units(v, &units)) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "The capacity of resource %u must be a whole number of units, 0 or "
                        "more, not %g.",
                        k + 1, v);
            return FALSE;
        }
        cap[k] = (gint)units;
    }
    return TRUE;
}

/* Checks the demand cells of every input row and copies those of the
 * activities (in network order) into @dem. */
static gboolean read_demands(const YpNetwork *net, const double *demands, gsize n_rows,
                             guint n_resources, const gint *cap, gint *dem, GError **error)
{
    g_autofree gint32 *activity_of_row = g_new(gint32, MAX(n_rows, 1));
    for (gsize r = 0; r < n_rows; r++)
        activity_of_row[r] = -1;
    for (guint32 a = 0; a < net->n_activities; a++)
        activity_of_row[net->row[a]] = (gint32)a;
    for (gsize r = 0; r < n_rows; r++) {
        gint32 a = activity_of_row[r];
        for (guint k = 0; k < n_resources; k++) {
            double v = demands != NULL ? demands[r * n_resources + k] : NAN;
            if (isnan(v)) {
                if (a >= 0)
                    dem[(gsize)a * n_resources + k] = 0;
                continue;
            }
            if (a < 0 && v != 0) {
                g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                            "Row %" G_GSIZE_FORMAT " has demands but no activity; give it an "
                            "ID or clear its demands.",
                            r + 1);
                return FALSE;
            }
            double units;
            if (!yp_whole_number(v, &units) || units < 0) {
                g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                            "Row %" G_GSIZE_FORMAT ": the demand for resource %u must be a "
                            "whole number of units, 0 or more, not %g.",
                            r + 1, k + 1, v);
                return FALSE;
            }
            if (units > cap[k]) {
                g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                            "Row %" G_GSIZE_FORMAT ": activity %s needs %.0f units of resource "
                            "%u but its capacity is %d; raise the capacity or split the "
                            "activity.",
                            r + 1, yp_network_id(net, (guint32)a), units, k + 1, cap[k]);
                return FALSE;
            }
            if (a >= 0)
                dem[(gsize)a * n_resources + k] = (gint)units;
        }
    }
    return TRUE;
}

YpLevelTable *yp_level_run(const char *const *ids, const double *durations,
                           const char *const *predecessors, gsize n_rows, const double *demands,
                           guint n_resources, const double *capacities, const YpCalendar *calendar,
                           YpDay start, guint effort, const char *fields, GError **error)
{
    g_return_val_if_fail(capacities != NULL || n_resources == 0, NULL);
    YpLevelField f[YP_LEVEL_N_FIELDS];
    guint nf;
    /* The one-cell arguments first: they are cheap to check. */
    if (!yp_level_fields_parse(fields, f, &nf, error))
        return NULL;
    if (start != 0) {
        g_return_val_if_fail(calendar != NULL, NULL);
        if (!yp_day_is_supported(start)) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "The start date is outside the supported dates, 1583-01-01 to "
                        "9999-12-31.");
            return NULL;
        }
    }
    if (n_resources > YP_LEVEL_MAX_RESOURCES) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The capacities name %u resources; resource levelling handles at most %u.",
                    n_resources, YP_LEVEL_MAX_RESOURCES);
        return NULL;
    }
    g_autofree gint *cap = g_new(gint, MAX(n_resources, 1));
    if (!read_capacities(capacities, n_resources, cap, error))
        return NULL;
    g_autoptr(YpNetwork) net = yp_network_parse(ids, durations, predecessors, n_rows, error);
    if (net == NULL)
        return NULL;
    const guint n = net->n_activities;
    if (n > YP_LEVEL_MAX_ACTIVITIES || net->n_links > YP_LEVEL_MAX_LINKS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The project has %u activities and %u links; resource levelling handles "
                    "at most %u activities and %u links.",
                    n, net->n_links, YP_LEVEL_MAX_ACTIVITIES, YP_LEVEL_MAX_LINKS);
        return NULL;
    }
    g_autofree gint *dem = g_new0(gint, (gsize)MAX(n, 1) * MAX(n_resources, 1));
    if (!read_demands(net, demands, n_rows, n_resources, cap, dem, error))
        return NULL;

    /* Each link as S_s >= S_p + delta (yp_link_ss_lag: FS adds d_p, a
     * link to the successor's finish subtracts d_s). */
    g_autofree YpLevelLink *links = g_new(YpLevelLink, MAX(net->n_links, 1));
    guint m = 0;
    for (guint32 s = 0; s < n; s++)
        for (guint32 k = net->pred_start[s]; k < net->pred_start[s + 1]; k++) {
            const YpLink *l = &net->pred[k];
            links[m].from = l->activity;
            links[m].to = s;
            links[m].delta = yp_link_ss_lag(l, net->duration[l->activity], net->duration[s]);
            m++;
        }
    YpLevelProblem pb = {
        .n_activities = n,
        .n_resources = n_resources,
        .durations = net->duration,
        .demands = dem,
        .capacities = cap,
        .n_links = m,
        .links = links,
    };
    YpLevelOptions opt;
    yp_level_options_init(&opt);
    opt.effort = effort;
    g_autofree gint *s = g_new(gint, MAX(n, 1));
    g_autofree gint *es = g_new(gint, MAX(n, 1));
    YpLevelStats st;
    if (!yp_level_schedule(&pb, &opt, s, &st, error) || !yp_level_early_starts(&pb, es, error))
        return NULL;

    g_autoptr(YpLevelTable) t = g_new0(YpLevelTable, 1);
    t->n_rows = net->n_rows;
    t->n_fields = nf;
    memcpy(t->fields, f, sizeof(YpLevelField) * nf);
    t->dated = start != 0;
    t->makespan = st.makespan;
    t->values = g_new(double, MAX(t->n_rows * nf, 1));
    for (gsize i = 0; i < t->n_rows * nf; i++)
        t->values[i] = NAN;
    gint64 origin = t->dated ? yp_calendar_ordinal(calendar, start) : 0;
    const gint32 *d = net->duration;
    for (guint32 a = 0; a < n; a++) {
        double *row = t->values + (gsize)net->row[a] * nf;
        for (guint c = 0; c < nf; c++) {
            gint32 v, ord;
            switch (f[c]) {
            case YP_LEVEL_START:
                v = s[a];
                ord = yp_cpm_start_ordinal(v, d[a]);
                break;
            case YP_LEVEL_FINISH:
                v = s[a] + d[a];
                ord = yp_cpm_finish_ordinal(v, d[a]);
                break;
            case YP_LEVEL_DELAY:
            default:
                row[c] = s[a] - es[a];
                continue;
            }
            if (!t->dated)
                row[c] = v;
            else if (!yp_cpm_date(calendar, origin, ord, &row[c], error))
                return NULL;
        }
    }
    return g_steal_pointer(&t);
}
