/* SPDX-License-Identifier: MPL-2.0 */
/* Calendars: working-day arithmetic and statutory holidays. */
#include "addin/table/common-args.h"
#include "addin/table/sections.h"

static const AddinFunction calendar_functions[] = {
    {
        .name = "YARD.WORKDAY",
        .method = "workday",
        .entry = ADDIN_ENTRY(addin_fn_workday),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "The date a given number of working days after or before a start date, on a "
                  "calendar with holidays and extra working days",
            .ru = "Дата, отстоящая от начальной на заданное число рабочих дней вперёд или "
                  "назад, по календарю с праздниками и дополнительными рабочими днями",
            .kk = "Бастапқы күннен берілген жұмыс күндері саны алға немесе артқа саналған "
                  "күн, мерекелер мен қосымша жұмыс күндері ескерілген күнтізбе бойынша",
            .az = "Başlanğıc tarixdən verilmiş sayda iş günü sonra və ya əvvəl olan tarix, "
                  "bayramlar və əlavə iş günləri nəzərə alınan təqvim üzrə",
        },
        .result = {
            .en = "One date",
            .ru = "Одна дата",
            .kk = "Бір күн",
            .az = "Bir tarix",
        },
        .errors = {
            .en = "Err:502 when start is not a date, the weekend mask or an exception is "
                  "invalid, or the result falls outside 1583-9999",
            .ru = "Err:502, если начало не является датой, маска выходных или исключения "
                  "неверны либо результат выходит за пределы 1583-9999 годов",
            .kk = "Err:502, егер басталуы күн болмаса, демалыс маскасы не ерекше күндер қате "
                  "болса немесе нәтиже 1583-9999 жылдардан тыс шықса",
            .az = "Err:502, əgər başlanğıc tarix deyilsə, istirahət maskası və ya istisnalar "
                  "düzgün deyilsə, yaxud nəticə 1583-9999-cu illərdən kənara çıxırsa",
        },
        .args = {
            {
                .id = "start", .kind = ADDIN_ARG_DATE,
                .name = { .en = "Start", .ru = "Начало", .kk = "Басталуы", .az = "Başlanğıc" },
                .help = {
                    .en = "The date to count from; it is not counted itself",
                    .ru = "Дата, от которой ведётся отсчёт; сама она не считается",
                    .kk = "Санақ басталатын күн; оның өзі саналмайды",
                    .az = "Sayın başladığı tarix; özü sayılmır",
                },
            },
            {
                .id = "days", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "Days", .ru = "Дни", .kk = "Күндер", .az = "Günlər" },
                .help = {
                    .en = "The number of working days to count; a negative number counts "
                          "backwards, 0 gives the start date, a fraction is dropped",
                    .ru = "Число рабочих дней; отрицательное — отсчёт назад, 0 даёт начальную "
                          "дату, дробная часть отбрасывается",
                    .kk = "Саналатын жұмыс күндерінің саны; теріс сан артқа санайды, 0 "
                          "бастапқы күнді береді, бөлшек бөлігі алынып тасталады",
                    .az = "Sayılacaq iş günlərinin sayı; mənfi ədəd geriyə sayır, 0 başlanğıc "
                          "tarixi verir, kəsr hissəsi atılır",
                },
            },
            ADDIN_ARG_WEEKEND,
            ADDIN_ARG_EXCEPTIONS,
        },
        .examples = {
            { "YARD.WORKDAY(DATE(2026;3;20);3)", "DATE(2026;3;25)", "2026-03-25" },
            { "YARD.WORKDAY(DATE(2026;3;20);3;\"6D\")", "DATE(2026;3;24)", "2026-03-24" },
            { "YARD.WORKDAY(DATE(2026;3;23);-1)", "DATE(2026;3;20)", "2026-03-20" },
        },
    },
    {
        .name = "YARD.NETWORKDAYS",
        .method = "networkdays",
        .entry = ADDIN_ENTRY(addin_fn_networkdays),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Working days from a start date to an end date, both counted, on a calendar "
                  "with holidays and extra working days",
            .ru = "Число рабочих дней от начальной до конечной даты включительно по календарю "
                  "с праздниками и дополнительными рабочими днями",
            .kk = "Бастапқы күннен соңғы күнге дейінгі жұмыс күндерінің саны, екеуі де "
                  "қоса саналады, мерекелер мен қосымша жұмыс күндері ескерілген күнтізбе "
                  "бойынша",
            .az = "Başlanğıc tarixdən son tarixədək iş günlərinin sayı, hər ikisi daxil "
                  "olmaqla, bayramlar və əlavə iş günləri nəzərə alınan təqvim üzrə",
        },
        .result = {
            .en = "One number of working days, negative when the end is before the start",
            .ru = "Число рабочих дней; отрицательное, если конец раньше начала",
            .kk = "Жұмыс күндерінің саны; соңы басынан бұрын болса, теріс сан",
            .az = "İş günlərinin sayı; son tarix başlanğıcdan əvvəldirsə, mənfi ədəd",
        },
        .errors = {
            .en = "Err:502 when start or end is not a date, or the weekend mask or an "
                  "exception is invalid",
            .ru = "Err:502, если начало или конец не является датой либо маска выходных или "
                  "исключения неверны",
            .kk = "Err:502, егер басталуы не аяқталуы күн болмаса немесе демалыс маскасы не ерекше "
                  "күндер қате болса",
            .az = "Err:502, əgər başlanğıc və ya son tarix deyilsə, yaxud istirahət maskası və "
                  "ya istisnalar düzgün deyilsə",
        },
        .args = {
            {
                .id = "start", .kind = ADDIN_ARG_DATE,
                .name = { .en = "Start", .ru = "Начало", .kk = "Басталуы", .az = "Başlanğıc" },
                .help = {
                    .en = "The first date of the span, counted when it is a working day",
                    .ru = "Первая дата периода; считается, если это рабочий день",
                    .kk = "Кезеңнің бірінші күні; жұмыс күні болса, саналады",
                    .az = "Dövrün ilk tarixi; iş günüdürsə, sayılır",
                },
            },
            {
                .id = "end", .kind = ADDIN_ARG_DATE,
                .name = { .en = "End", .ru = "Конец", .kk = "Аяқталуы", .az = "Son" },
                .help = {
                    .en = "The last date of the span, counted when it is a working day",
                    .ru = "Последняя дата периода; считается, если это рабочий день",
                    .kk = "Кезеңнің соңғы күні; жұмыс күні болса, саналады",
                    .az = "Dövrün son tarixi; iş günüdürsə, sayılır",
                },
            },
            ADDIN_ARG_WEEKEND,
            ADDIN_ARG_EXCEPTIONS,
        },
        .examples = {
            { "YARD.NETWORKDAYS(DATE(2026;3;2);DATE(2026;3;13))", "10", "10" },
            { "YARD.NETWORKDAYS(DATE(2026;3;13);DATE(2026;3;2))", "-10", "-10" },
            { "YARD.NETWORKDAYS(DATE(2026;3;2);DATE(2026;3;13);\"6D\")", "11", "11" },
        },
    },
    {
        .name = "YARD.HOLIDAYS",
        .method = "holidays",
        .entry = ADDIN_ENTRY(addin_fn_holidays),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "The statutory non-working days of Kazakhstan or Azerbaijan in a year, with "
                  "holidays that fall on days off transferred as each country's law says",
            .ru = "Установленные законом нерабочие дни Казахстана или Азербайджана за год, с "
                  "переносом праздников, совпавших с выходными, по закону каждой страны",
            .kk = "Қазақстанның немесе Әзірбайжанның бір жылдағы заңмен белгіленген жұмыс "
                  "істелмейтін күндері; демалыс күніне сәйкес келген мерекелер әр елдің заңы "
                  "бойынша ауыстырылады",
            .az = "Qazaxıstanın və ya Azərbaycanın il ərzində qanunla müəyyən edilmiş qeyri-iş "
                  "günləri; istirahət gününə düşən bayramlar hər ölkənin qanununa görə "
                  "köçürülür",
        },
        .result = {
            .en = "A column of dates in ascending order (enter it as an array formula over a "
                  "column of cells, or wrap it in COUNT, INDEX and the like); use it as the "
                  "Exceptions of the other functions",
            .ru = "Столбец дат по возрастанию (вводите как формулу массива в столбец ячеек или "
                  "используйте внутри COUNT, INDEX и т. п.); подходит как аргумент «Исключения» "
                  "других функций",
            .kk = "Өсу ретімен орналасқан күндер бағаны (ұяшықтар бағанына массив формуласы "
                  "ретінде енгізіңіз немесе COUNT, INDEX т.б. ішінде қолданыңыз); басқа "
                  "функциялардың «Ерекше күндер» аргументі ретінде қолдануға болады",
            .az = "Artan sırada tarixlər sütunu (xanalar sütununa massiv düsturu kimi daxil "
                  "edin və ya COUNT, INDEX və s. daxilində istifadə edin); digər funksiyaların "
                  "«İstisnalar» arqumenti kimi istifadə oluna bilər",
        },
        .errors = {
            .en = "Err:502 when the country is not KZ or AZ, the year is outside the supported "
                  "years, or the moving holidays are not dates or are too close together",
            .ru = "Err:502, если страна не KZ и не AZ, год вне поддерживаемых лет либо "
                  "переходящие праздники не являются датами или слишком близки друг к другу",
            .kk = "Err:502, егер ел KZ не AZ болмаса, жыл қолдау көрсетілетін жылдардан тыс "
                  "болса немесе ауыспалы мерекелер күн болмаса не бір-біріне тым жақын болса",
            .az = "Err:502, əgər ölkə KZ və ya AZ deyilsə, il dəstəklənən illərdən kənardadırsa, "
                  "yaxud dəyişkən bayramlar tarix deyilsə və ya bir-birinə çox yaxındırsa",
        },
        .args = {
            {
                .id = "country", .kind = ADDIN_ARG_TEXT,
                .name = { .en = "Country", .ru = "Страна", .kk = "Ел", .az = "Ölkə" },
                .help = {
                    .en = "KZ for Kazakhstan or AZ for Azerbaijan",
                    .ru = "KZ для Казахстана или AZ для Азербайджана",
                    .kk = "Қазақстан үшін KZ немесе Әзірбайжан үшін AZ",
                    .az = "Qazaxıstan üçün KZ və ya Azərbaycan üçün AZ",
                },
            },
            {
                .id = "year", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "Year", .ru = "Год", .kk = "Жыл", .az = "İl" },
                .help = {
                    .en = "The calendar year, e.g. 2026 (KZ from 2023, AZ from 2021, both up "
                          "to 2100)",
                    .ru = "Календарный год, например 2026 (KZ с 2023, AZ с 2021, оба до 2100)",
                    .kk = "Күнтізбелік жыл, мысалы 2026 (KZ 2023 жылдан, AZ 2021 жылдан, екеуі "
                          "де 2100 жылға дейін)",
                    .az = "Təqvim ili, məsələn 2026 (KZ 2023-cü ildən, AZ 2021-ci ildən, hər "
                          "ikisi 2100-cü ilədək)",
                },
            },
            {
                .id = "moving", .kind = ADDIN_ARG_RANGE, .optional = TRUE,
                .name = { .en = "Moving", .ru = "Переходящие", .kk = "Ауыспалы мерекелер",
                          .az = "Dəyişkən bayramlar" },
                .help = {
                    .en = "Dates of the religious holidays announced each year: for KZ the "
                          "first day of Kurban Ait, for AZ both days of Ramazan Bayrami and both "
                          "days of Gurban Bayrami; default none",
                    .ru = "Даты религиозных праздников, объявляемые ежегодно: для KZ первый "
                          "день Курбан айта, для AZ оба дня Рамазан байрамы и оба дня Гурбан "
                          "байрамы; по умолчанию нет",
                    .kk = "Жыл сайын жарияланатын діни мерекелердің күндері: KZ үшін Құрбан "
                          "айттың бірінші күні, AZ үшін Рамазан байрамы мен Құрбан байрамының "
                          "екі күні де; әдепкі бойынша жоқ",
                    .az = "Hər il elan edilən dini bayramların tarixləri: KZ üçün Qurban "
                          "bayramının birinci günü, AZ üçün Ramazan bayramının və Qurban "
                          "bayramının hər iki günü; susmaya görə yoxdur",
                },
            },
        },
        .examples = {
            { "COUNT(YARD.HOLIDAYS(\"KZ\";2026))", "20", "20" },
            { "INDEX(YARD.HOLIDAYS(\"AZ\";2026);1)", "DATE(2026;1;1)", "2026-01-01" },
        },
    },
};

const AddinSection addin_section_calendars = {
    .title = { .en = "Calendars", .ru = "Календари", .kk = "Күнтізбелер", .az = "Təqvimlər" },
    .functions = calendar_functions,
    .n_functions = G_N_ELEMENTS(calendar_functions),
};
