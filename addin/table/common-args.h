/* SPDX-License-Identifier: MPL-2.0 */
/* Arguments that several functions share, written once. */
#pragma once

#include "addin/table.h"

/* Hand-aligned: clang-format counts bytes, not characters, when aligning
 * the backslashes of a macro with Cyrillic or Azerbaijani text. */
/* clang-format off */
#define ADDIN_ARG_WEEKEND                                                                          \
    {                                                                                              \
        .id = "weekend", .kind = ADDIN_ARG_TEXT, .optional = TRUE,                                 \
        .name = { .en = "Weekend", .ru = "Выходные", .kk = "Демалыс күндері",                      \
                  .az = "İstirahət günləri" },                                                     \
        .help = {                                                                                  \
            .en = "Days off each week: 7 digits Monday to Sunday, 1 = day off, 0 = working "       \
                  "day, or 5D, 6D, 7D (working days a week); default 0000011 (Saturday and "       \
                  "Sunday off)",                                                                   \
            .ru = "Выходные дни недели: 7 цифр с понедельника по воскресенье, 1 = выходной, "      \
                  "0 = рабочий день, или 5D, 6D, 7D (рабочих дней в неделю); по умолчанию "        \
                  "0000011 (выходные — суббота и воскресенье)",                                    \
            .kk = "Аптаның демалыс күндері: дүйсенбіден жексенбіге дейінгі 7 цифр, 1 = "           \
                  "демалыс, 0 = жұмыс күні, немесе 5D, 6D, 7D (аптадағы жұмыс күндері); "          \
                  "әдепкі бойынша 0000011 (сенбі мен жексенбі — демалыс)",                         \
            .az = "Həftənin istirahət günləri: bazar ertəsindən bazara qədər 7 rəqəm, 1 = "        \
                  "istirahət günü, 0 = iş günü, və ya 5D, 6D, 7D (həftədəki iş günləri); "         \
                  "susmaya görə 0000011 (şənbə və bazar istirahət günüdür)",                       \
        },                                                                                         \
    }

#define ADDIN_ARG_EXCEPTIONS                                                                       \
    {                                                                                              \
        .id = "exceptions", .kind = ADDIN_ARG_RANGE, .optional = TRUE,                             \
        .name = { .en = "Exceptions", .ru = "Исключения", .kk = "Ерекше күндер",                   \
                  .az = "İstisnalar" },                                                            \
        .help = {                                                                                  \
            .en = "Holidays as one column of dates, or two columns: date and 1 = working "         \
                  "day, 0 = day off (for Saturdays made working days by a holiday transfer); "     \
                  "default none",                                                                  \
            .ru = "Праздники одним столбцом дат или двумя столбцами: дата и 1 = рабочий день, "    \
                  "0 = выходной (для суббот, ставших рабочими при переносе праздников); по "       \
                  "умолчанию нет",                                                                 \
            .kk = "Мерекелер күндердің бір бағаны түрінде немесе екі баған түрінде: күн және "     \
                  "1 = жұмыс күні, 0 = демалыс (мереке ауыстырылып, жұмыс күні болған сенбілер "   \
                  "үшін); әдепкі бойынша жоқ",                                                     \
            .az = "Bayramlar tarixlərin bir sütunu kimi və ya iki sütun kimi: tarix və 1 = iş "    \
                  "günü, 0 = istirahət günü (bayram köçürülməsi ilə iş gününə çevrilən "           \
                  "şənbələr üçün); susmaya görə yoxdur",                                           \
        },                                                                                         \
    }
/* clang-format on */

/* The activity table of the scheduling functions. */
/* clang-format off */
#define ADDIN_ARG_IDS                                                                              \
    {                                                                                              \
        .id = "ids", .kind = ADDIN_ARG_RANGE,                                                      \
        .name = { .en = "IDs", .ru = "Коды", .kk = "Кодтар", .az = "Kodlar" },                     \
        .help = {                                                                                  \
            .en = "A column with one activity ID per row (text or number, unique, case "           \
                  "ignored); a row left wholly empty is skipped",                                  \
            .ru = "Столбец кодов работ, по одному в строке (текст или число, без повторов, "       \
                  "регистр букв не важен); полностью пустая строка пропускается",                  \
            .kk = "Жұмыс кодтарының бағаны, әр жолда біреуден (мәтін немесе сан, "                 \
                  "қайталанбайды, бас және кіші әріптер ажыратылмайды); толық бос жол "            \
                  "өткізіліп жіберіледі",                                                          \
            .az = "İş kodlarının sütunu, hər sətirdə bir kod (mətn və ya ədəd, təkrarsız, "        \
                  "böyük və kiçik hərflər fərqləndirilmir); tamamilə boş sətir buraxılır",         \
        },                                                                                         \
    }

#define ADDIN_ARG_PREDECESSORS                                                                     \
    {                                                                                              \
        .id = "predecessors", .kind = ADDIN_ARG_RANGE,                                             \
        .name = { .en = "Predecessors", .ru = "Предшественники", .kk = "Алдыңғы жұмыстар",         \
                  .az = "Əvvəlki işlər" },                                                         \
        .help = {                                                                                  \
            .en = "The predecessors of each activity, e.g. A10; B20FS+2; C5SS-1 (link types "      \
                  "FS, SS, FF, SF; lags in working days); empty for none",                         \
            .ru = "Предшественники каждой работы, например A10; B20FS+2; C5SS-1 (типы связей "     \
                  "FS, SS, FF, SF; задержки в рабочих днях); пусто, если их нет",                  \
            .kk = "Әр жұмыстың алдыңғы жұмыстары, мысалы A10; B20FS+2; C5SS-1 (байланыс "          \
                  "түрлері FS, SS, FF, SF; кідірістер жұмыс күндерімен); болмаса, бос",            \
            .az = "Hər işin əvvəlki işləri, məsələn A10; B20FS+2; C5SS-1 (əlaqə növləri FS, SS, "  \
                  "FF, SF; gecikmələr iş günləri ilə); yoxdursa, boş",                             \
        },                                                                                         \
    }

/* The project start of the functions that date a schedule. */
#define ADDIN_ARG_PROJECT_START                                                                    \
    {                                                                                              \
        .id = "start", .kind = ADDIN_ARG_DATE, .optional = TRUE,                                   \
        .name = { .en = "Start", .ru = "Начало", .kk = "Басталуы", .az = "Başlanğıc" },            \
        .help = {                                                                                  \
            .en = "The project start date: working day 0 is the first working day on "             \
                  "or after it; without it the dates are working-day offsets",                     \
            .ru = "Дата начала проекта: рабочий день 0 — первый рабочий день в эту "               \
                  "дату или после неё; без неё сроки выдаются смещениями в рабочих днях",          \
            .kk = "Жобаның басталу күні: 0 нөмірлі жұмыс күні — осы күн немесе одан "              \
                  "кейінгі алғашқы жұмыс күні; ол берілмесе, мерзімдер жұмыс күндерімен "          \
                  "ығысу ретінде беріледі",                                                        \
            .az = "Layihənin başlanğıc tarixi: 0 nömrəli iş günü bu tarixdə və ya "                \
                  "ondan sonrakı ilk iş günüdür; verilmədikdə tarixlər iş günləri ilə "            \
                  "sürüşmə kimi verilir",                                                          \
        },                                                                                         \
    }
/* clang-format on */
