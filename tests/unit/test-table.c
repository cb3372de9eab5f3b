/* SPDX-License-Identifier: MPL-2.0 */
/* Lint over the function table, as Gnumeric lints its help texts: what the
 * Function Wizard and the reference docs show must be complete and tidy in
 * every language, and every row must be something Calc can call. */
#include "tests/unit/testing.h"

#include "addin/table.h"

#include <string.h>

static const char *const lang_codes[ADDIN_N_LANGS] = { "en", "ru", "kk", "az" };

/* UNO IDL keywords, which cannot name a parameter. */
static const char *const idl_keywords[] = {
    "any",          "attribute", "boolean",   "bound",       "byte",
    "char",         "const",     "constants", "constrained", "double",
    "enum",         "exception", "float",     "get",         "hyper",
    "in",           "inout",     "interface", "long",        "maybeambiguous",
    "maybedefault", "maybevoid", "module",    "needs",       "observes",
    "oneway",       "optional",  "out",       "property",    "published",
    "raises",       "readonly",  "removable", "sequence",    "service",
    "set",          "short",     "singleton", "string",      "struct",
    "transient",    "type",      "typedef",   "unsigned",    "void",
    "true",         "false",
};

static GString *problems;

static void problem(const char *format, ...) G_GNUC_PRINTF(1, 2);
static void problem(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    g_string_append_vprintf(problems, format, args);
    va_end(args);
    g_string_append_c(problems, '\n');
}

/* Every language present, no empty text, no stray blanks, no final period. */
static void lint_text(const char *where, const char *what, const AddinText *text)
{
    const char *by_lang[ADDIN_N_LANGS] = { text->en, text->ru, text->kk, text->az };
    for (int lang = 0; lang < ADDIN_N_LANGS; lang++) {
        const char *s = by_lang[lang];
        if (s == NULL || s[0] == '\0') {
            problem("%s: %s has no %s text", where, what, lang_codes[lang]);
            continue;
        }
        gsize len = strlen(s);
        if (!g_utf8_validate(s, -1, NULL))
            problem("%s: %s (%s) is not valid UTF-8", where, what, lang_codes[lang]);
        if (g_ascii_isspace(s[0]) || g_ascii_isspace(s[len - 1]) || strstr(s, "  ") != NULL)
            problem("%s: %s (%s) has stray blanks", where, what, lang_codes[lang]);
        if (s[len - 1] == '.')
            problem("%s: %s (%s) ends with a period", where, what, lang_codes[lang]);
    }
}

static gboolean is_idl_keyword(const char *id)
{
    for (gsize i = 0; i < G_N_ELEMENTS(idl_keywords); i++) {
        if (strcmp(id, idl_keywords[i]) == 0)
            return TRUE;
    }
    return FALSE;
}

static gboolean is_lower_camel(const char *id)
{
    if (!g_ascii_islower(id[0]))
        return FALSE;
    for (const char *p = id; *p != '\0'; p++) {
        if (!g_ascii_isalnum(*p))
            return FALSE;
    }
    return TRUE;
}

static void lint_function(const AddinFunction *fn, GHashTable *names, GHashTable *methods)
{
    const char *where = fn->name != NULL ? fn->name : "(unnamed)";

    /* Names: YARD. plus upper case; the method is the rest in lower case,
     * which is how ODF files spell the call. */
    g_autofree char *upper = g_ascii_strup(fn->name, -1);
    if (!g_str_has_prefix(fn->name, "YARD.") || strcmp(upper, fn->name) != 0)
        problem("%s: the name is not YARD. in upper case", where);
    g_autofree char *expected_method = g_ascii_strdown(fn->name + strlen("YARD."), -1);
    if (fn->method == NULL || strcmp(fn->method, expected_method) != 0)
        problem("%s: the method should be \"%s\"", where, expected_method);
    if (!g_hash_table_add(names, (gpointer)fn->name))
        problem("%s: the name is used twice", where);
    if (fn->method != NULL && !g_hash_table_add(methods, (gpointer)fn->method))
        problem("%s: the method is used twice", where);
    if (fn->entry == NULL)
        problem("%s: no C entry", where);
    if (fn->category != ADDIN_CATEGORY_ADDIN)
        problem("%s: not in the Add-In category, where all YARD functions sit together", where);

    lint_text(where, "the summary", &fn->summary);
    lint_text(where, "the result", &fn->result);
    lint_text(where, "the errors", &fn->errors);

    /* Arguments: described in every language, named for IDL, optional last. */
    guint n_args = addin_function_n_args(fn);
    gboolean seen_optional = FALSE;
    g_autoptr(GHashTable) ids = g_hash_table_new(g_str_hash, g_str_equal);
    g_autoptr(GHashTable) shown = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint a = 0; a < n_args; a++) {
        const AddinArg *arg = &fn->args[a];
        g_autofree char *what = g_strdup_printf("argument %s", arg->id);
        if (!is_lower_camel(arg->id) || is_idl_keyword(arg->id))
            problem("%s: %s is not a lower camel case IDL name", where, what);
        if (!g_hash_table_add(ids, (gpointer)arg->id))
            problem("%s: %s is used twice", where, what);
        if (arg->name.en != NULL && !g_hash_table_add(shown, (gpointer)arg->name.en))
            problem("%s: %s shows a name another argument shows", where, what);
        if (seen_optional && !arg->optional)
            problem("%s: %s is required after an optional argument", where, what);
        seen_optional = seen_optional || arg->optional;
        g_autofree char *name_what = g_strconcat(what, " name", NULL);
        g_autofree char *help_what = g_strconcat(what, " help", NULL);
        lint_text(where, name_what, &arg->name);
        lint_text(where, help_what, &arg->help);
    }

    /* At least one example, and each one calls its function. */
    if (fn->examples[0].formula == NULL)
        problem("%s: no example", where);
    for (guint e = 0; e < ADDIN_MAX_EXAMPLES && fn->examples[e].formula != NULL; e++) {
        const AddinExample *ex = &fn->examples[e];
        g_autofree char *call = g_strconcat(fn->name, "(", NULL);
        if (strstr(ex->formula, call) == NULL)
            problem("%s: example %u does not call the function", where, e + 1);
        if (ex->expect == NULL || ex->expect[0] == '\0' || ex->shows == NULL ||
            ex->shows[0] == '\0')
            problem("%s: example %u lacks its expected value", where, e + 1);
        if (ex->formula[0] == '=')
            problem("%s: example %u starts with '=' (the generator adds it)", where, e + 1);
    }
}

START_TEST(test_table_is_complete_and_tidy)
{
    gsize n_sections;
    const AddinSection *const *sections = addin_table_sections(&n_sections);
    g_autoptr(GHashTable) names = g_hash_table_new(g_str_hash, g_str_equal);
    g_autoptr(GHashTable) methods = g_hash_table_new(g_str_hash, g_str_equal);
    problems = g_string_new(NULL);

    ck_assert_uint_gt(n_sections, 0);
    for (gsize s = 0; s < n_sections; s++) {
        lint_text("section", "the title", &sections[s]->title);
        if (sections[s]->n_functions == 0)
            problem("section %s has no function", sections[s]->title.en);
        for (gsize f = 0; f < sections[s]->n_functions; f++)
            lint_function(&sections[s]->functions[f], names, methods);
    }

    g_autofree char *report = g_string_free(problems, FALSE);
    ck_assert_msg(report[0] == '\0', "the function table needs work:\n%s", report);
}
END_TEST

/* The lint must notice a broken row, or it proves nothing. */
START_TEST(test_lint_finds_faults)
{
    static const AddinFunction broken = {
        .name = "YARD.Broken",
        .method = "other",
        .category = ADDIN_CATEGORY_MATHEMATICAL,
        .summary = { .en = "Ends with a period.", .ru = " leading blank", .kk = "", .az = "x" },
        .result = { .en = "r", .ru = "r", .kk = "r", .az = "r" },
        .errors = { .en = "e", .ru = "e", .kk = "e", .az = "e" },
        .args = {
            { .id = "type", .optional = TRUE,
              .name = { .en = "A", .ru = "A", .kk = "A", .az = "A" },
              .help = { .en = "h", .ru = "h", .kk = "h", .az = "h" } },
            { .id = "second", .optional = FALSE,
              .name = { .en = "A", .ru = "B", .kk = "B", .az = "B" },
              .help = { .en = "h", .ru = "h", .kk = "h" } },
        },
    };
    g_autoptr(GHashTable) names = g_hash_table_new(g_str_hash, g_str_equal);
    g_autoptr(GHashTable) methods = g_hash_table_new(g_str_hash, g_str_equal);
    problems = g_string_new(NULL);
    lint_function(&broken, names, methods);
    g_autofree char *report = g_string_free(problems, FALSE);

    const char *expected[] = {
        "not YARD. in upper case",
        "the method should be",
        "no C entry",
        "not in the Add-In",
        "ends with a period",
        "has stray blanks",
        "has no kk text",
        "not a lower camel case",
        "shows a name another",
        "required after an optional",
        "has no az text",
        "no example",
    };
    for (gsize i = 0; i < G_N_ELEMENTS(expected); i++)
        ck_assert_msg(strstr(report, expected[i]) != NULL, "lint missed: %s\n%s", expected[i],
                      report);
}
END_TEST

int main(void)
{
    Suite *suite = suite_create("table");
    TCase *lint = tcase_create("lint");
    tcase_add_test(lint, test_table_is_complete_and_tidy);
    tcase_add_test(lint, test_lint_finds_faults);
    suite_add_tcase(suite, lint);
    return yp_test_run(suite);
}
