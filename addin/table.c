/* SPDX-License-Identifier: MPL-2.0 */
#include "addin/table.h"

#include "addin/table/sections.h"

#include <string.h>

/* In the order of the reference docs (and of FUNCTIONS.md). */
static const AddinSection *const sections[] = {
    &addin_section_scheduling, &addin_section_levelling, &addin_section_risk,
    &addin_section_calendars,  &addin_section_series,    &addin_section_estimating,
    &addin_section_finance,    &addin_section_progress,  &addin_section_about,
};

const AddinSection *const *addin_table_sections(gsize *n_sections)
{
    *n_sections = G_N_ELEMENTS(sections);
    return sections;
}

GHashTable *addin_table_index_new(void)
{
    GHashTable *index = g_hash_table_new(g_str_hash, g_str_equal);
    for (gsize s = 0; s < G_N_ELEMENTS(sections); s++) {
        for (gsize f = 0; f < sections[s]->n_functions; f++) {
            const AddinFunction *fn = &sections[s]->functions[f];
            g_hash_table_insert(index, (gpointer)fn->method, (gpointer)fn);
        }
    }
    return index;
}

guint addin_function_n_args(const AddinFunction *fn)
{
    guint n = 0;
    while (n < ADDIN_MAX_ARGS && fn->args[n].id != NULL)
        n++;
    return n;
}

const char *addin_text_get(const AddinText *text, AddinLang lang)
{
    const char *by_lang[ADDIN_N_LANGS] = { text->en, text->ru, text->kk, text->az };
    const char *s = lang < ADDIN_N_LANGS ? by_lang[lang] : NULL;
    return s != NULL && s[0] != '\0' ? s : (text->en != NULL ? text->en : "");
}

AddinLang addin_lang_from_locale(const char *language)
{
    static const struct {
        const char *code;
        AddinLang lang;
    } known[] = { { "ru", ADDIN_LANG_RU }, { "kk", ADDIN_LANG_KK }, { "az", ADDIN_LANG_AZ } };

    if (language == NULL)
        return ADDIN_LANG_EN;
    gsize len = strcspn(language, "-_");
    for (gsize i = 0; i < G_N_ELEMENTS(known); i++) {
        if (len == 2 && g_ascii_strncasecmp(language, known[i].code, 2) == 0)
            return known[i].lang;
    }
    return ADDIN_LANG_EN;
}

const char *addin_category_name(AddinCategory category)
{
    static const char *const names[] = {
        [ADDIN_CATEGORY_DATABASE] = "Database",
        [ADDIN_CATEGORY_DATETIME] = "Date&Time",
        [ADDIN_CATEGORY_FINANCIAL] = "Financial",
        [ADDIN_CATEGORY_INFORMATION] = "Information",
        [ADDIN_CATEGORY_LOGICAL] = "Logical",
        [ADDIN_CATEGORY_MATHEMATICAL] = "Mathematical",
        [ADDIN_CATEGORY_MATRIX] = "Matrix",
        [ADDIN_CATEGORY_STATISTICAL] = "Statistical",
        [ADDIN_CATEGORY_SPREADSHEET] = "Spreadsheet",
        [ADDIN_CATEGORY_TEXT] = "Text",
        [ADDIN_CATEGORY_ADDIN] = "Add-In",
    };
    return category < G_N_ELEMENTS(names) ? names[category] : "Add-In";
}
