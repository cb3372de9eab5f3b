/* SPDX-License-Identifier: MPL-2.0 */
/* The public contract with users' workbooks: every function of the
 * catalogue, with its arguments in order and which of them may be omitted,
 * exactly as published. A table row that drifts from it breaks workbooks,
 * so this test holds the signatures as the catalogue writes them. */
#include "tests/unit/testing.h"

#include "addin/table.h"

#include <string.h>

static const char *const catalogue[] = {
    "YARD.CPM(ids; durations; predecessors; [start]; [weekend]; [exceptions]; [fields])",
    "YARD.LEVEL(ids; durations; predecessors; demands; capacities; [start]; [weekend]; "
    "[exceptions]; [effort]; [fields])",
    "YARD.SRA(ids; optimistic; likely; pessimistic; predecessors; percentiles; [trials]; "
    "[start]; [weekend]; [exceptions])",
    "YARD.CRITICALITY(ids; optimistic; likely; pessimistic; predecessors; [trials])",
    "YARD.CHECK(ids; durations; predecessors)",
    "YARD.WORKDAY(start; days; [weekend]; [exceptions])",
    "YARD.NETWORKDAYS(start; end; [weekend]; [exceptions])",
    "YARD.HOLIDAYS(country; year; [moving])",
    "YARD.LEARN(first; unit; rate; [model])",
    "YARD.LEARNTOTAL(first; from_unit; to_unit; rate; [model])",
    "YARD.LEARNFIT(units; values; [model])",
    "YARD.BERTH(ready; berth_days; berths; [due]; [rule]; [weekend]; [exceptions])",
    "YARD.CGT(gt; type; [b])",
    "YARD.ENUMERAL(l; b; d; t; [l1h1]; [l2h2])",
    "YARD.STEELWEIGHT(l; b; d; t; cb; type; [l1h1]; [l2h2])",
    "YARD.OUTFITWEIGHT(l; b; type)",
    "YARD.MACHINERYWEIGHT(mcr_kw; rpm; [engine])",
    "YARD.FX(amount; from; to; date; rates)",
    "YARD.SPLIT(amount; shares; [decimals])",
    "YARD.JVBALANCE(amounts; currencies; dates; partners; shares; base; rates)",
    "YARD.SPREAD(starts; finishes; amounts; periods; [profile]; [weekend]; [exceptions])",
    "YARD.ESCALATE(amount; fixed_share; weights; base_indices; current_indices)",
    "YARD.SCURVE(date; start; finish; [profile])",
    "YARD.PV(budgets; starts; finishes; status_date; [profile])",
    "YARD.EVM(metric; bac; pv; ev; ac)",
    "YARD.EARNEDSCHEDULE(pv_dates; pv_cum; ev; status_date; [metric])",
    "YARD.PROGRESS(weights; percents; [method])",
    "YARD.VERSION()",
};

/* The catalogue's argument name as the IDL spells it: lower camel case,
 * and "type" (an IDL keyword) as "shipType". */
static char *idl_id(const char *catalogue_name)
{
    if (strcmp(catalogue_name, "type") == 0)
        return g_strdup("shipType");
    GString *id = g_string_new(NULL);
    gboolean upper = FALSE;
    for (const char *p = catalogue_name; *p != '\0'; p++) {
        if (*p == '_') {
            upper = TRUE;
            continue;
        }
        g_string_append_c(id, upper ? g_ascii_toupper(*p) : *p);
        upper = FALSE;
    }
    return g_string_free(id, FALSE);
}

/* The signature a table row publishes, in the catalogue's spelling. */
static char *row_signature(const AddinFunction *fn, const char *const *catalogue_args,
                           guint n_catalogue_args)
{
    GString *sig = g_string_new(fn->name);
    g_string_append_c(sig, '(');
    for (guint a = 0; a < addin_function_n_args(fn); a++) {
        const AddinArg *arg = &fn->args[a];
        /* Spell the row's id as the catalogue does when they match. */
        const char *name = arg->id;
        g_autofree char *wanted = a < n_catalogue_args ? idl_id(catalogue_args[a]) : NULL;
        if (wanted != NULL && strcmp(wanted, arg->id) == 0)
            name = catalogue_args[a];
        g_string_append_printf(sig, "%s%s%s%s", a > 0 ? "; " : "", arg->optional ? "[" : "", name,
                               arg->optional ? "]" : "");
    }
    g_string_append_c(sig, ')');
    return g_string_free(sig, FALSE);
}

static const AddinFunction *find(const char *name)
{
    gsize n_sections;
    const AddinSection *const *sections = addin_table_sections(&n_sections);
    for (gsize s = 0; s < n_sections; s++) {
        for (gsize f = 0; f < sections[s]->n_functions; f++) {
            if (strcmp(sections[s]->functions[f].name, name) == 0)
                return &sections[s]->functions[f];
        }
    }
    return NULL;
}

START_TEST(test_every_catalogue_function_keeps_its_signature)
{
    const char *published = catalogue[_i];
    g_autofree char *name = g_strndup(published, strcspn(published, "("));
    const AddinFunction *fn = find(name);
    ck_assert_msg(fn != NULL, "%s is missing from the function table", name);

    /* The catalogue's argument names, brackets stripped. */
    g_autofree char *inside =
        g_strndup(published + strlen(name) + 1, strlen(published) - strlen(name) - 2);
    g_auto(GStrv) parts = g_strsplit(inside, "; ", -1);
    for (gchar **p = parts; *p != NULL; p++) {
        g_strdelimit(*p, "[]", ' ');
        g_strstrip(*p);
    }
    guint n_parts = inside[0] != '\0' ? g_strv_length(parts) : 0;
    g_autofree char *actual = row_signature(fn, (const char *const *)parts, n_parts);
    ck_assert_str_eq(actual, published);
}
END_TEST

int main(void)
{
    Suite *suite = suite_create("contract");
    TCase *signatures = tcase_create("signatures");
    tcase_add_loop_test(signatures, test_every_catalogue_function_keeps_its_signature, 0,
                        G_N_ELEMENTS(catalogue));
    suite_add_tcase(suite, signatures);
    return yp_test_run(suite);
}
