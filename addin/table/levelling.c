/* SPDX-License-Identifier: MPL-2.0 */
/* Resource levelling: start dates that respect every link and every
 * resource capacity (docs/levelling.md). The title makes it part of the
 * Scheduling chapter. */
#include "addin/table/common-args.h"
#include "addin/table/sections.h"

static const AddinFunction levelling_functions[] = {
    {
        .name = "YARD.LEVEL",
        .method = "level",
        .entry = ADDIN_ENTRY(addin_fn_level),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Resource levelling: start and finish dates that keep every link and never "
                  "ask for more of a resource than its capacity on any working day, with the "
                  "project as short as the heuristic can make it",
            .ru = "Выравнивание ресурсов: сроки начала и окончания, при которых соблюдены все "
                  "связи и ни в один рабочий день потребность в ресурсе не превышает его "
                  "лимита, а проект настолько короток, насколько позволяет эвристика",
            .kk = "Ресурстарды теңестіру: барлық байланыстар сақталатын және ешбір жұмыс "
                  "күнінде ресурсқа қажеттілік оның лимитінен аспайтын басталу және аяқталу "
                  "мерзімдері, жоба эвристика мүмкіндік бергенше қысқа",
            .az = "Resursların tarazlaşdırılması: bütün əlaqələrə riayət olunan və heç bir iş "
                  "günü resursa tələbatın onun limitini aşmadığı başlanğıc və bitmə tarixləri; "
                  "layihə evristikanın imkan verdiyi qədər qısa olur",
        },
        .result = {
            .en = "An array with one row per row of the table (blank rows stay blank) and the "
                  "columns listed in Fields: START and FINISH as dates (first and last working "
                  "day) when Start is given, otherwise as working-day offsets with FINISH = "
                  "START + duration; DELAY: how many working days the start is later than the "
                  "early start of YARD.CPM",
            .ru = "Массив: по строке на каждую строку таблицы (пустые строки остаются "
                  "пустыми), столбцы — из аргумента «Поля»: START и FINISH — даты (первый и "
                  "последний рабочий день), если задано начало, иначе смещения в рабочих днях, "
                  "где FINISH = START + длительность; DELAY — на сколько рабочих дней начало "
                  "позже раннего начала по YARD.CPM",
            .kk = "Массив: кестенің әр жолына бір жол (бос жолдар бос қалады), бағандар "
                  "«Өрістер» аргументінен: START пен FINISH — басталуы берілсе күндер (бірінші "
                  "және соңғы жұмыс күні), әйтпесе жұмыс күндерімен ығысулар, мұнда FINISH = "
                  "START + ұзақтық; DELAY — басталуы YARD.CPM бойынша ерте басталудан неше "
                  "жұмыс күні кейін",
            .az = "Massiv: cədvəlin hər sətrinə bir sətir (boş sətirlər boş qalır), sütunlar "
                  "«Sahələr» arqumentindən: START və FINISH — başlanğıc verilibsə tarixlər (ilk "
                  "və son iş günü), əks halda iş günləri ilə sürüşmələr, burada FINISH = START "
                  "+ müddət; DELAY — başlanğıcın YARD.CPM üzrə erkən başlanğıcdan neçə iş günü "
                  "sonra olduğu",
        },
        .errors = {
            .en = "Err:502 when the table is wrong (YARD.CHECK says why), a demand is not a "
                  "whole number from 0 to its resource's capacity or stands in a row without "
                  "an activity, Capacities is not one row with as many columns as Demands, a "
                  "capacity is missing, negative or fractional, Effort is outside 1-100000 or "
                  "too large for the project, the project is too large (docs/limits.md), Fields "
                  "names an unknown or repeated column, the weekend mask or an exception is "
                  "invalid, or a date falls outside 1583-9999",
            .ru = "Err:502, если таблица неверна (YARD.CHECK объясняет почему), потребность — "
                  "не целое число от 0 до лимита ресурса или стоит в строке без работы, "
                  "«Лимиты» — не одна строка с тем же числом столбцов, что у «Потребностей», "
                  "лимит не задан, отрицателен или дробный, объём поиска вне 1-100000 или "
                  "слишком велик для проекта, проект слишком велик (docs/limits.md), в «Полях» "
                  "указан неизвестный или повторный столбец, маска выходных или исключения "
                  "неверны либо дата выходит за пределы 1583-9999 годов",
            .kk = "Err:502, егер кесте қате болса (YARD.CHECK себебін түсіндіреді), қажеттілік "
                  "0-ден ресурс лимитіне дейінгі бүтін сан болмаса не жұмысы жоқ жолда тұрса, "
                  "«Лимиттер» «Қажеттіліктер» аргументіндегідей бағандары бар бір жол болмаса, "
                  "лимит берілмесе, теріс не бөлшек болса, іздеу көлемі 1-100000 аралығынан тыс не "
                  "жоба үшін тым үлкен болса, жоба тым үлкен болса (docs/limits.md), «Өрістер» "
                  "белгісіз не қайталанған бағанды атаса, демалыс маскасы не ерекше күндер қате "
                  "болса немесе күн 1583-9999 жылдардан тыс шықса",
            .az = "Err:502, əgər cədvəl səhvdirsə (YARD.CHECK səbəbini izah edir), tələbat 0-dan "
                  "resursun limitinədək tam ədəd deyilsə və ya işi olmayan sətirdədirsə, "
                  "«Limitlər» «Tələbatlar»dakı qədər sütunu olan bir sətir deyilsə, limit "
                  "verilməyibsə, mənfi və ya kəsrdirsə, axtarış həcmi 1-100000 xaricindədirsə "
                  "və ya layihə üçün çox böyükdürsə, layihə çox böyükdürsə (docs/limits.md), "
                  "«Sahələr» naməlum və ya təkrarlanan sütun göstərirsə, istirahət maskası və "
                  "ya istisnalar düzgün deyilsə, yaxud tarix 1583-9999-cu illərdən kənara "
                  "çıxırsa",
        },
        .args = {
            ADDIN_ARG_IDS,
            {
                .id = "durations", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Durations", .ru = "Длительности", .kk = "Ұзақтықтар",
                          .az = "Müddətlər" },
                .help = {
                    .en = "The duration of each activity in whole working days; 0 for a "
                          "milestone, which uses no resources",
                    .ru = "Длительность каждой работы в целых рабочих днях; 0 — для вехи, "
                          "которая не занимает ресурсов",
                    .kk = "Әр жұмыстың ұзақтығы, бүтін жұмыс күндерімен; ресурс алмайтын "
                          "бақылау нүктесі үшін 0",
                    .az = "Hər işin müddəti, tam iş günləri ilə; resurs tutmayan nəzarət "
                          "nöqtəsi üçün 0",
                },
            },
            ADDIN_ARG_PREDECESSORS,
            {
                .id = "demands", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Demands", .ru = "Потребности", .kk = "Қажеттіліктер",
                          .az = "Tələbatlar" },
                .help = {
                    .en = "Units of each resource an activity uses on every working day it "
                          "runs: a row per activity, a column per resource; empty = 0",
                    .ru = "Сколько единиц каждого ресурса работа занимает в каждый рабочий "
                          "день своего выполнения: строка на работу, столбец на ресурс; пусто "
                          "= 0",
                    .kk = "Жұмыс орындалатын әр жұмыс күнінде әр ресурстың неше бірлігін "
                          "алады: әр жұмысқа бір жол, әр ресурсқа бір баған; бос = 0",
                    .az = "İşin icra olunduğu hər iş günü hər resursdan neçə vahid tutduğu: "
                          "hər işə bir sətir, hər resursa bir sütun; boş = 0",
                },
            },
            {
                .id = "capacities", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Capacities", .ru = "Лимиты", .kk = "Лимиттер",
                          .az = "Limitlər" },
                .help = {
                    .en = "Units of each resource available on every working day: one row with "
                          "a column per resource, in the order of Demands",
                    .ru = "Сколько единиц каждого ресурса доступно в каждый рабочий день: одна "
                          "строка, по столбцу на ресурс в том же порядке, что в «Потребностях»",
                    .kk = "Әр жұмыс күнінде әр ресурстың қолда бар бірліктер саны: бір жол, "
                          "«Қажеттіліктер» аргументіндегі ретпен әр ресурсқа бір баған",
                    .az = "Hər iş günü hər resursdan mövcud vahidlərin sayı: bir sətir, "
                          "«Tələbatlar»dakı ardıcıllıqla hər resursa bir sütun",
                },
            },
            ADDIN_ARG_PROJECT_START,
            ADDIN_ARG_WEEKEND,
            ADDIN_ARG_EXCEPTIONS,
            {
                .id = "effort", .kind = ADDIN_ARG_NUMBER, .optional = TRUE,
                .name = { .en = "Effort", .ru = "Объём поиска", .kk = "Іздеу көлемі",
                          .az = "Axtarış həcmi" },
                .help = {
                    .en = "How many schedules the heuristic may try, 1 to 100000: more takes "
                          "longer and may shorten the project; default 5000",
                    .ru = "Сколько вариантов расписания может перебрать эвристика, от 1 до "
                          "100000: больше — дольше, но проект может получиться короче; по "
                          "умолчанию 5000",
                    .kk = "Эвристика қанша кесте нұсқасын сынап көре алады, 1-ден 100000-ға "
                          "дейін: көп болса, есептеу ұзағырақ, бірақ жоба қысқаруы мүмкін; "
                          "әдепкі бойынша 5000",
                    .az = "Evristikanın sınaya biləcəyi cədvəl variantlarının sayı, 1-dən "
                          "100000-ə qədər: çox olduqca hesablama uzun çəkir, amma layihə qısala "
                          "bilər; susmaya görə 5000",
                },
            },
            {
                .id = "fields", .kind = ADDIN_ARG_TEXT, .optional = TRUE,
                .name = { .en = "Fields", .ru = "Поля", .kk = "Өрістер", .az = "Sahələr" },
                .help = {
                    .en = "The result columns in the order wanted, from START (start), FINISH "
                          "(finish), DELAY (working days after the early start), separated by ; "
                          "or ,; default START;FINISH",
                    .ru = "Столбцы результата в нужном порядке из START (начало), FINISH "
                          "(окончание), DELAY (сдвиг от раннего начала в рабочих днях) через ; "
                          "или ,; по умолчанию START;FINISH",
                    .kk = "Нәтиже бағандары қажетті ретпен: START (басталуы), FINISH "
                          "(аяқталуы), DELAY (ерте басталудан жұмыс күндерімен жылжу), ; немесе "
                          ", арқылы бөлінеді; әдепкі бойынша START;FINISH",
                    .az = "İstənilən ardıcıllıqla nəticə sütunları: START (başlanğıc), FINISH "
                          "(bitmə), DELAY (erkən başlanğıcdan iş günləri ilə sürüşmə), ; və ya , "
                          "ilə ayrılır; susmaya görə START;FINISH",
                },
            },
        },
        .examples = {
            { "YARD.LEVEL({\"A\"|\"B\"|\"C\"|\"M\"};{3|2|2|0};{\"\"|\"ASS+1\"|\"B\"|\"B\"};"
              "{1|1|1|0};1)",
              "{0;3|3;5|5;7|5;5}", "A: 0, 3; B: 3, 5; C: 5, 7; M: 5, 5" },
            { "YARD.LEVEL({\"A\"|\"B\"|\"C\"|\"M\"};{3|2|2|0};{\"\"|\"ASS+1\"|\"B\"|\"B\"};"
              "{1|1|1|0};1;DATE(2026;1;5);\"5D\")",
              "DATE(2026;1;5)+{0;2|3;4|7;8|4;4}",
              "A: 2026-01-05, 2026-01-07; B: 2026-01-08, 2026-01-09; C: 2026-01-12, "
              "2026-01-13; M: 2026-01-09, 2026-01-09" },
            { "YARD.LEVEL({\"A\"|\"B\"|\"C\"|\"M\"};{3|2|2|0};{\"\"|\"ASS+1\"|\"B\"|\"B\"};"
              "{1|1|1|0};1;;;;;\"DELAY\")",
              "{0|2|2|2}", "A: 0; B: 2; C: 2; M: 2" },
        },
    },
};

const AddinSection addin_section_levelling = {
    .title = { .en = "Scheduling", .ru = "Планирование", .kk = "Жоспарлау", .az = "Planlaşdırma" },
    .functions = levelling_functions,
    .n_functions = G_N_ELEMENTS(levelling_functions),
};
