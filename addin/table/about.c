/* SPDX-License-Identifier: MPL-2.0 */
/* About the add-in itself. */
#include "addin/table/sections.h"

static const AddinFunction about_functions[] = {
    {
        .name = "YARD.VERSION",
        .method = "version",
        .entry = ADDIN_ENTRY(addin_fn_version),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "The version of the YardPlan add-in",
            .ru = "Версия надстройки YardPlan",
            .kk = "YardPlan қондырмасының нұсқасы",
            .az = "YardPlan əlavəsinin versiyası",
        },
        .result = {
            .en = "One text such as 1.0.0",
            .ru = "Текст вида 1.0.0",
            .kk = "1.0.0 түріндегі мәтін",
            .az = "1.0.0 kimi mətn",
        },
        .errors = {
            .en = "None",
            .ru = "Нет",
            .kk = "Жоқ",
            .az = "Yoxdur",
        },
        .examples = {
            { "YARD.VERSION()", "\"@VERSION@\"", "@VERSION@" },
        },
    },
};

const AddinSection addin_section_about = {
    .title = { .en = "About",
               .ru = "О надстройке",
               .kk = "Қондырма туралы",
               .az = "Əlavə haqqında" },
    .functions = about_functions,
    .n_functions = G_N_ELEMENTS(about_functions),
};
