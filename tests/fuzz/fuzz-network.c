/* SPDX-License-Identifier: MPL-2.0 */
/* Activity tables: yp_network_parse() and yp_network_check() on tables of
 * IDs, durations and predecessor texts built from the input (a few
 * hand-written rows, or thousands of generated ones), then the critical
 * path over every accepted network. Checked: parse and check agree; an
 * accepted network is topologically ordered with consistent CSR lists;
 * the CPM table meets the time model of docs/scheduling.md (ES >= 0,
 * EF = ES + d, LF = LS + d, TF = LS - ES, FF >= 0, CRIT = TF <= 0, every
 * link honoured) and a dated table stays within the supported dates. */
#include "tests/fuzz/fuzz-input.h"

#include "scheduler/calendar.h"
#include "scheduler/cpm.h"
#include "scheduler/network.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const names[] = { "A",
                                     "B",
                                     "C",
                                     "D",
                                     "a",
                                     " A ",
                                     "A10",
                                     "1",
                                     "2",
                                     "10",
                                     "AFS",
                                     "BOSS",
                                     "C SS-1",
                                     "Hull 1",
                                     "\xd0\x9a\xd0\xbe\xd1\x80\xd0\xbf\xd1\x83\xd1\x81",
                                     "\xd0\x9a\xd0\x9e\xd0\xa0\xd0\x9f\xd0\xa3\xd0\xa1",
                                     "" };
static const char *const types[] = { "", "FS", "SS", "FF", "SF", "ss", " FF " };
static const char *const lags[] = { "",        "+0",      "+2", "-1",   "+3d", " + 12",
                                    "-100000", "+100001", "2",  "+1.5", "+2w" };

/* One predecessor cell: a few well-formed links, or raw text. */
static const char *make_predecessors(FuzzInput *in, GString *scratch, GStringChunk *pool)
{
    if (fuzz_pick(in, 4) == 0)
        return fuzz_valid_text(in, scratch, pool);
    g_string_truncate(scratch, 0);
    guint links = fuzz_pick(in, 4);
    for (guint i = 0; i < links; i++) {
        if (i > 0)
            g_string_append(scratch, fuzz_pick(in, 2) ? ";" : ", ");
        g_string_append(scratch, names[fuzz_pick(in, G_N_ELEMENTS(names))]);
        guint type = fuzz_pick(in, G_N_ELEMENTS(types));
        g_string_append(scratch, types[type]);
        if (type > 0)
            g_string_append(scratch, lags[fuzz_pick(in, G_N_ELEMENTS(lags))]);
    }
    return g_string_chunk_insert(pool, scratch->str);
}

/* A duration cell: empty (NaN), a whole number, or an edge value. */
static double make_duration(FuzzInput *in)
{
    guint8 choice = fuzz_byte(in);
    if (choice < 64)
        return choice % 12;
    if (choice < 80)
        return NAN;
    return fuzz_number(in);
}

/* Generated rows R0, R1, ...: durations 0..k, each row linked to a few
 * earlier rows by a cheap generator seeded from the input. */
static void generate(FuzzInput *in, gsize n, char **ids, double *durations, char **preds)
{
    guint32 state = fuzz_u32(in) | 1;
    guint max_links = fuzz_pick(in, 4);
    guint max_duration = 1 + fuzz_pick(in, 20);
    gboolean lags_too = fuzz_byte(in) & 1;
    for (gsize i = 0; i < n; i++) {
        ids[i] = g_strdup_printf("R%" G_GSIZE_FORMAT, i);
        state = state * 1664525u + 1013904223u;
        durations[i] = (state >> 8) % max_duration;
        GString *text = g_string_new(NULL);
        for (guint k = 0; i > 0 && k < max_links; k++) {
            state = state * 1664525u + 1013904223u;
            gsize p = i - 1 - (state >> 8) % MIN(i, (gsize)50);
            g_string_append_printf(text, "%sR%" G_GSIZE_FORMAT "%s", k > 0 ? ";" : "", p,
                                   lags_too ? types[1 + (state >> 4) % 4] : "");
            if (lags_too)
                g_string_append_printf(text, "%+d", (int)((state >> 12) % 7) - 3);
        }
        preds[i] = g_string_free(text, FALSE);
    }
}

static void check_network(const YpNetwork *net, gsize n_rows)
{
    FUZZ_REQUIRE(net->n_rows == n_rows, "rows");
    FUZZ_REQUIRE(net->n_activities <= n_rows, "activities");
    FUZZ_REQUIRE(net->pred_start[0] == 0 && net->succ_start[0] == 0, "CSR start");
    FUZZ_REQUIRE(net->pred_start[net->n_activities] == net->n_links, "pred count");
    FUZZ_REQUIRE(net->succ_start[net->n_activities] == net->n_links, "succ count");
    for (guint32 a = 0; a < net->n_activities; a++) {
        FUZZ_REQUIRE(net->row[a] < n_rows, "row");
        FUZZ_REQUIRE(a == 0 || net->row[a - 1] != net->row[a], "row twice");
        FUZZ_REQUIRE(net->duration[a] >= 0 && net->duration[a] <= YP_NETWORK_MAX_DURATION, "d");
        FUZZ_REQUIRE(g_utf8_validate(yp_network_id(net, a), -1, NULL), "ID not UTF-8");
        for (guint32 k = net->pred_start[a]; k < net->pred_start[a + 1]; k++) {
            FUZZ_REQUIRE(net->pred[k].activity < a, "not topological");
            FUZZ_REQUIRE(net->pred[k].type <= 3, "type");
            FUZZ_REQUIRE(ABS(net->pred[k].lag) <= YP_NETWORK_MAX_LAG, "lag");
        }
        for (guint32 k = net->succ_start[a]; k < net->succ_start[a + 1]; k++)
            FUZZ_REQUIRE(net->succ[k].activity > a, "not topological");
    }
}

/* The offsets table with all seven fields, against the time model. */
static void check_offsets(const YpNetwork *net, const YpCpmTable *t)
{
    FUZZ_REQUIRE(t->n_rows == net->n_rows && t->n_fields == YP_CPM_N_FIELDS && !t->dated,
                 "table shape");
    for (guint32 a = 0; a < net->n_activities; a++) {
        const double *v = t->values + (gsize)net->row[a] * YP_CPM_N_FIELDS;
        double d = net->duration[a];
        FUZZ_REQUIRE(v[YP_CPM_ES] >= 0, "ES %g", v[YP_CPM_ES]);
        FUZZ_REQUIRE(v[YP_CPM_EF] == v[YP_CPM_ES] + d, "EF");
        FUZZ_REQUIRE(v[YP_CPM_LF] == v[YP_CPM_LS] + d, "LF");
        FUZZ_REQUIRE(v[YP_CPM_TF] == v[YP_CPM_LS] - v[YP_CPM_ES], "TF");
        FUZZ_REQUIRE(v[YP_CPM_TF] >= 0, "TF %g", v[YP_CPM_TF]);
        FUZZ_REQUIRE(v[YP_CPM_FF] >= 0 && v[YP_CPM_FF] <= v[YP_CPM_TF], "FF %g TF %g", v[YP_CPM_FF],
                     v[YP_CPM_TF]);
        FUZZ_REQUIRE(v[YP_CPM_CRIT] == (v[YP_CPM_TF] <= 0 ? 1 : 0), "CRIT");
        for (guint32 k = net->pred_start[a]; k < net->pred_start[a + 1]; k++) {
            const YpLink *l = &net->pred[k];
            const double *p = t->values + (gsize)net->row[l->activity] * YP_CPM_N_FIELDS;
            double need = p[YP_CPM_ES] + l->lag +
                          ((l->type & YP_LINK_FROM_FINISH) ? p[YP_CPM_EF] - p[YP_CPM_ES] : 0);
            double have = (l->type & YP_LINK_TO_FINISH) ? v[YP_CPM_EF] : v[YP_CPM_ES];
            FUZZ_REQUIRE(have >= need, "link %u -> %u broken", l->activity, a);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in;
    fuzz_input_init(&in, data, size);
    g_autoptr(GString) scratch = g_string_new(NULL);
    GStringChunk *pool = g_string_chunk_new(256);

    guint8 mode = fuzz_byte(&in);
    gsize n = mode < 248 ? mode % 40 : 1 + fuzz_u16(&in) % 5000;
    char **ids = g_new0(char *, MAX(n, 1));
    double *durations = g_new(double, MAX(n, 1));
    char **preds = g_new0(char *, MAX(n, 1));
    if (mode < 248) {
        for (gsize i = 0; i < n; i++) {
            guint8 id = fuzz_byte(&in);
            ids[i] = g_strdup(id < 200 ? names[id % G_N_ELEMENTS(names)]
                                       : fuzz_valid_text(&in, scratch, pool));
            durations[i] = make_duration(&in);
            preds[i] = g_strdup(make_predecessors(&in, scratch, pool));
        }
    } else {
        generate(&in, n, ids, durations, preds);
    }
    gboolean no_durations = fuzz_pick(&in, 8) == 0;
    const double *d = no_durations ? NULL : durations;

    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net =
        yp_network_parse((const char *const *)ids, d, (const char *const *)preds, n, &error);
    g_autofree char *verdict =
        yp_network_check((const char *const *)ids, d, (const char *const *)preds, n);
    FUZZ_REQUIRE(verdict != NULL && g_utf8_validate(verdict, -1, NULL), "check text");
    if (net == NULL) {
        fuzz_check_error(&in, error);
        FUZZ_REQUIRE(g_strcmp0(verdict, error->message) == 0, "check says \"%s\", parse \"%s\"",
                     verdict, error->message);
    } else {
        FUZZ_REQUIRE(g_strcmp0(verdict, "OK") == 0, "check says \"%s\" for a good table", verdict);
        check_network(net, n);

        g_autoptr(GError) cpm_error = NULL;
        g_autoptr(YpCpmTable) offsets = yp_cpm_table_new(net, NULL, 0, NULL, &cpm_error);
        FUZZ_REQUIRE(offsets != NULL, "CPM refused a good network: %s", cpm_error->message);
        check_offsets(net, offsets);

        /* Dated, with a calendar, a start and a field list from the input. */
        YpDay start = (YpDay)(YP_DAY_FIRST + fuzz_u32(&in) % (YP_DAY_LAST - YP_DAY_FIRST + 1));
        if (fuzz_byte(&in) < 128)
            start = 739695; /* 2026-03-20 */
        YpWeekend weekend = fuzz_byte(&in) & 0x7f;
        if (weekend == 0x7f)
            weekend = YP_WEEKEND_DEFAULT;
        g_autoptr(YpCalendar) calendar = yp_calendar_new(weekend, NULL, 0, NULL);
        FUZZ_REQUIRE(calendar != NULL, "calendar");
        const char *fields = fuzz_valid_text(&in, scratch, pool);
        g_autoptr(GError) dated_error = NULL;
        g_autoptr(YpCpmTable) dated = yp_cpm_table_new(net, calendar, start, fields, &dated_error);
        if (dated == NULL) {
            fuzz_check_error(&in, dated_error);
        } else {
            FUZZ_REQUIRE(dated->n_rows == n && dated->n_fields >= 1, "dated shape");
            for (gsize i = 0; i < n * dated->n_fields; i++) {
                YpCpmField f = dated->fields[i % dated->n_fields];
                double v = dated->values[i];
                if (isnan(v) || f > YP_CPM_LF)
                    continue;
                FUZZ_REQUIRE(v >= YP_DAY_FIRST && v <= YP_DAY_LAST, "date %g", v);
            }
        }
    }

    for (gsize i = 0; i < n; i++) {
        g_free(ids[i]);
        g_free(preds[i]);
    }
    g_free(ids);
    g_free(durations);
    g_free(preds);
    g_string_chunk_free(pool);
    return 0;
}
