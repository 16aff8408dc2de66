<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Agenda item {number}</source>
        <translation>Пункт {number} повестки дня</translation>
    </message>
    <message>
        <source>(a main item)</source>
        <translation>(основной пункт)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source> (declined)</source>
        <translation> (отказался)</translation>
    </message>
    <message>
        <source>One symbol a line, e.g. ECE/EX/2017/L.8</source>
        <translation>По одному условному обозначению в строке, например ECE/EX/2017/L.8</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>В&amp;ид</translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation>В&amp;ходит в</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Зал</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>&amp;Председатель</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Выступающие</translation>
    </message>
    <message>
        <source>&amp;Annotation</source>
        <translation>&amp;Аннотация</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>При&amp;мечания</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Выступающие</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Clash:</source>
        <translation>Накладка:</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Unscheduled</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Добавить пункт…</translation>
    </message>
    <message>
        <source>Add &amp;break</source>
        <translation>Пере&amp;рыв</translation>
    </message>
    <message>
        <source>Add &amp;lunch</source>
        <translation>&amp;Обед</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>Move to &amp;day…</source>
        <translation>На другой д&amp;ень…</translation>
    </message>
    <message>
        <source>&amp;Ripple</source>
        <translation>&amp;Сдвиг</translation>
    </message>
    <message>
        <source>When on, moving, resizing, adding or deleting an item shifts the later items of the day by the same amount</source>
        <translation>Если включено, перемещение, изменение длительности, добавление или удаление пункта сдвигает последующие пункты дня на то же время</translation>
    </message>
    <message>
        <source>&amp;Standard items</source>
        <translation>&amp;Типовые пункты</translation>
    </message>
    <message>
        <source>Start an empty agenda from the standard items: opening, adoption of the agenda, election of officers, a substantive item, other business, adoption of the report</source>
        <translation>Начать пустую повестку дня с типовых пунктов: открытие, утверждение повестки дня, выборы должностных лиц, пункт по существу, прочие вопросы, утверждение доклада</translation>
    </message>
    <message>
        <source>E&amp;xport .ics…</source>
        <translation>&amp;Экспорт .ics…</translation>
    </message>
    <message>
        <source>Write the timed items to an iCalendar file, in the plan&apos;s time zone</source>
        <translation>Записать пункты со временем в файл iCalendar, в часовом поясе плана</translation>
    </message>
    <message>
        <source>No clashes.</source>
        <translation>Накладок нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es):</source>
        <translation>
            <numerusform>%n накладка:</numerusform>
            <numerusform>%n накладки:</numerusform>
            <numerusform>%n накладок:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to day</source>
        <translation>Перенести на другой день</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation>Экспорт повестки дня</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export the agenda to {path}: {error}</source>
        <translation>Экспорт повестки дня в {path}: {error}</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Цена единицы</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Days / ×</source>
        <translation>Дни / ×</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>PSC</source>
        <translation>РПП</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Фактически</translation>
    </message>
    <message>
        <source>Travel follows</source>
        <translation>Поездки по</translation>
    </message>
    <message>
        <source>Rate month</source>
        <translation>Месяц курса</translation>
    </message>
    <message>
        <source>Fixed figure</source>
        <translation>Фиксированная сумма</translation>
    </message>
    <message>
        <source>Travellers × cost</source>
        <translation>Участники × стоимость</translation>
    </message>
    <message>
        <source>Approved sums</source>
        <translation>Утверждённые суммы</translation>
    </message>
    <message>
        <source>Temporary staff / GTA</source>
        <translation>Временный персонал</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Устный перевод</translation>
    </message>
    <message>
        <source>Translation and documents</source>
        <translation>Перевод и документы</translation>
    </message>
    <message>
        <source>Rooms and equipment</source>
        <translation>Залы и оборудование</translation>
    </message>
    <message>
        <source>{rate}% PSC</source>
        <translation>РПП {rate} %</translation>
    </message>
    <message>
        <source>no PSC</source>
        <translation>без РПП</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>нет курса</translation>
    </message>
    <message>
        <source>Follows the participants approved for funded travel; set &apos;Travel follows&apos; to a fixed figure to type it.</source>
        <translation>Следует за участниками с утверждённой оплатой поездки; чтобы ввести значение вручную, выберите «Фиксированная сумма» в столбце «Поездки по».</translation>
    </message>
    <message>
        <source>Not counted in the totals: {problem}</source>
        <translation>Не учитывается в итогах: {problem}</translation>
    </message>
    <message>
        <source>Quantity × unit cost × days = {own}, at {rate} {currency} to the dollar ({month}, UN operational rate of exchange) = {amount}</source>
        <translation>Количество × цена за единицу × дни = {own}, по курсу {rate} {currency} за доллар ({month}, операционный обменный курс ООН) = {amount}</translation>
    </message>
    <message>
        <source>Quantity × unit cost × days or multiplier, to the cent</source>
        <translation>Количество × цена за единицу × дни или множитель, с точностью до цента</translation>
    </message>
    <message>
        <source>The currency of the unit cost; empty: {currency}. Another currency converts at the UN operational rate of its month.</source>
        <translation>Валюта цены за единицу; пусто: {currency}. Другая валюта пересчитывается по операционному обменному курсу ООН за её месяц.</translation>
    </message>
    <message>
        <source>The month of the rate of exchange (YYYY-MM); empty: the month the meeting opens</source>
        <translation>Месяц обменного курса (ГГГГ-ММ); пусто: месяц открытия совещания</translation>
    </message>
    <message>
        <source>Programme support costs at {rate}% on this line; untick to leave it out</source>
        <translation>Расходы на поддержку программ по ставке {rate} % по этой строке; снимите флажок, чтобы исключить их</translation>
    </message>
    <message>
        <source>No programme support costs: the line has no funding source</source>
        <translation>Без расходов на поддержку программ: у строки нет источника финансирования</translation>
    </message>
    <message>
        <source>No programme support costs: {source} charges none</source>
        <translation>Без расходов на поддержку программ: {source} их не взимает</translation>
    </message>
    <message numerus="yes">
        <source>Follows the participants: the sum of the travel support of the %n approved traveller(s), {total} (Travellers… shows each: ticket, nights × DSA, terminal expenses)</source>
        <translation>
            <numerusform>Следует за участниками: сумма оплаты поездок %n утверждённого участника, {total} (окно «Поездки…» показывает каждого: билет, ночи × суточные, терминальные расходы)</numerusform>
            <numerusform>Следует за участниками: сумма оплаты поездок %n утверждённых участников, {total} (окно «Поездки…» показывает каждого: билет, ночи × суточные, терминальные расходы)</numerusform>
            <numerusform>Следует за участниками: сумма оплаты поездок %n утверждённых участников, {total} (окно «Поездки…» показывает каждого: билет, ночи × суточные, терминальные расходы)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follows the participants: the %n approved traveller(s) × the line&apos;s average cost per trip</source>
        <translation>
            <numerusform>Следует за участниками: %n утверждённый участник × средняя стоимость поездки по строке</numerusform>
            <numerusform>Следует за участниками: %n утверждённых участника × средняя стоимость поездки по строке</numerusform>
            <numerusform>Следует за участниками: %n утверждённых участников × средняя стоимость поездки по строке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed figure: the quantity and cost typed. Choose “Sum of approved travel amounts” to follow the %n approved traveller(s) ({total}).</source>
        <translation>
            <numerusform>Фиксированная сумма: введённые количество и стоимость. Выберите «Сумма утверждённых расходов на поездки», чтобы следовать за %n утверждённым участником ({total}).</numerusform>
            <numerusform>Фиксированная сумма: введённые количество и стоимость. Выберите «Сумма утверждённых расходов на поездки», чтобы следовать за %n утверждёнными участниками ({total}).</numerusform>
            <numerusform>Фиксированная сумма: введённые количество и стоимость. Выберите «Сумма утверждённых расходов на поездки», чтобы следовать за %n утверждёнными участниками ({total}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {row}: {error}. Not saved.</source>
        <translation>Строка {row}: {error}. Не сохранено.</translation>
    </message>
    <message>
        <source>Description: at most 500 characters</source>
        <translation>Описание: не более 500 знаков</translation>
    </message>
    <message>
        <source>Funding source: no such source</source>
        <translation>Источник финансирования: такого источника нет</translation>
    </message>
    <message>
        <source>{column}: {value} is not one of the choices</source>
        <translation>{column}: значения {value} нет среди вариантов</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>&amp;Add line</source>
        <translation>Д&amp;обавить строку</translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation>Уда&amp;лить строку</translation>
    </message>
    <message>
        <source>&amp;Funding sources…</source>
        <translation>&amp;Источники…</translation>
    </message>
    <message>
        <source>Opt&amp;ion:</source>
        <translation>В&amp;ариант:</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Д&amp;обавить строку</translation>
    </message>
    <message>
        <source>Fu&amp;nding sources…</source>
        <translation>&amp;Источники…</translation>
    </message>
    <message>
        <source>Tra&amp;vellers…</source>
        <translation>Пое&amp;здки…</translation>
    </message>
    <message>
        <source>Each traveller&apos;s ticket, nights, DSA and terminal expenses, and their sum</source>
        <translation>Билет, ночи, суточные и терминальные расходы каждого участника и их сумма</translation>
    </message>
    <message>
        <source>&amp;Rates…</source>
        <translation>С&amp;тавки…</translation>
    </message>
    <message>
        <source>DSA rates and UN operational rates of exchange: import them, or type a rate</source>
        <translation>Ставки суточных и операционные обменные курсы ООН: импортируйте их или введите ставку</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <source>The budget as a workbook of live formulas: a sheet per option, and the options side by side</source>
        <translation>Бюджет в виде книги с действующими формулами: по листу на вариант и варианты рядом</translation>
    </message>
    <message>
        <source>&amp;Paste lines</source>
        <translation>&amp;Вставить строки</translation>
    </message>
    <message>
        <source>Add the rows copied from a spreadsheet (Category, Description, Quantity, Unit, Unit cost, Currency, Days, Funding source) as lines: all or none</source>
        <translation>Добавить строки, скопированные из таблицы (категория, описание, количество, единица, цена за единицу, валюта, дни, источник финансирования): все или ни одной</translation>
    </message>
    <message>
        <source>PSC at the rate of each line&apos;s funding source. Not yet funded: lines on sources other than the regular budget or existing resources, with their PSC.</source>
        <translation>РПП по ставке источника финансирования каждой строки. Ещё не профинансировано: строки из источников, кроме регулярного бюджета и имеющихся ресурсов, вместе с их РПП.</translation>
    </message>
    <message>
        <source>Each option&apos;s total by category, programme support costs on top</source>
        <translation>Итог каждого варианта по категориям, расходы на поддержку программ сверху</translation>
    </message>
    <message>
        <source> [chosen]</source>
        <translation> [выбран]</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not counted: {problem}</source>
        <translation>
            <numerusform>%n строка не учтена: {problem}</numerusform>
            <numerusform>%n строки не учтены: {problem}</numerusform>
            <numerusform>%n строк не учтено: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <source>No option yet: add one in the Options tab</source>
        <translation>Вариантов пока нет: добавьте вариант на вкладке «Варианты»</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Промежуточный итог</translation>
    </message>
    <message>
        <source>PSC on {source} at {rate}%</source>
        <translation>РПП ({source}, {rate} %)</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>без источника</translation>
    </message>
    <message>
        <source>Programme support costs</source>
        <translation>Расходы на поддержку программ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>From {source}</source>
        <translation>Из источника {source}</translation>
    </message>
    <message>
        <source>no source yet</source>
        <translation>источник не указан</translation>
    </message>
    <message>
        <source>Not yet funded</source>
        <translation>Ещё не профинансировано</translation>
    </message>
    <message>
        <source>Export the budget</source>
        <translation>Экспорт бюджета</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: </source>
        <translation>Ничего не вставлено: </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Ожидаемое число участников</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Общая стоимость</translation>
    </message>
    <message>
        <source>of which PSC</source>
        <translation>в том числе РПП</translation>
    </message>
    <message>
        <source>Cost per participant</source>
        <translation>Стоимость на участника</translation>
    </message>
    <message>
        <source>Not yet funded</source>
        <translation>Ещё не профинансировано</translation>
    </message>
    <message>
        <source>Main benefits</source>
        <translation>Основные преимущества</translation>
    </message>
    <message>
        <source>Main risks</source>
        <translation>Основные риски</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>your change</source>
        <translation>ваше изменение</translation>
    </message>
    <message>
        <source>deleted by someone else</source>
        <translation>удалено другим пользователем</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>changed by someone else</source>
        <translation>изменено другим пользователем</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile</source>
        <translation>Тем временем это изменил другой пользователь</translation>
    </message>
    <message numerus="yes">
        <source>Someone else saved a change to %n of these rows after you read it. Nothing of yours has been saved yet and nothing of theirs overwritten. Choose which values to keep.</source>
        <translation>
            <numerusform>Другой пользователь сохранил изменение %n из этих строк после того, как вы её прочитали. Ваши данные ещё не сохранены, а его данные не перезаписаны. Выберите, какие значения оставить.</numerusform>
            <numerusform>Другой пользователь сохранил изменение %n из этих строк после того, как вы их прочитали. Ваши данные ещё не сохранены, а его данные не перезаписаны. Выберите, какие значения оставить.</numerusform>
            <numerusform>Другой пользователь сохранил изменение %n из этих строк после того, как вы их прочитали. Ваши данные ещё не сохранены, а его данные не перезаписаны. Выберите, какие значения оставить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>Theirs now</source>
        <translation>Сейчас у другого</translation>
    </message>
    <message>
        <source>Your values and theirs are the same.</source>
        <translation>Ваши значения и значения другого пользователя совпадают.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить мои</translation>
    </message>
    <message>
        <source>Save your values over theirs</source>
        <translation>Сохранить ваши значения вместо чужих</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Взять чужие</translation>
    </message>
    <message>
        <source>Drop your change and show theirs</source>
        <translation>Отказаться от своего изменения и показать чужое</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Try &amp;now</source>
        <translation>&amp;Повторить сейчас</translation>
    </message>
    <message>
        <source>The plan was closed while its server could not be reached ({reason}); not saved: {names}</source>
        <translation>План закрыт, когда его сервер был недоступен ({reason}); не сохранено: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n changes ({names})</source>
        <translation>
            <numerusform>%n изменение ({names})</numerusform>
            <numerusform>%n изменения ({names})</numerusform>
            <numerusform>%n изменений ({names})</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached ({reason}).</source>
        <translation>Сервер недоступен ({reason}).</translation>
    </message>
    <message>
        <source>Not yet saved, and kept: {changes}.</source>
        <translation>Ещё не сохранено и оставлено: {changes}.</translation>
    </message>
    <message>
        <source>Trying again every {seconds} s.</source>
        <translation>Повторная попытка каждые {seconds} с.</translation>
    </message>
    <message numerus="yes">
        <source>The server is back: your %n change(s) made while it could not be reached saved at {time}.</source>
        <translation>
            <numerusform>Сервер снова доступен: ваше %n изменение, сделанное в его отсутствие, сохранено в {time}.</numerusform>
            <numerusform>Сервер снова доступен: ваши %n изменения, сделанные в его отсутствие, сохранены в {time}.</numerusform>
            <numerusform>Сервер снова доступен: ваши %n изменений, сделанных в его отсутствие, сохранены в {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes by others are not shown until the server can be reached again ({reason}); trying again by itself.</source>
        <translation>Изменения других пользователей не отображаются, пока сервер недоступен ({reason}); повторные попытки выполняются автоматически.</translation>
    </message>
</context>
<context>
    <name>CountBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n неделя</numerusform>
            <numerusform>%n недели</numerusform>
            <numerusform>%n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateQuestions</name>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>{problem}. Correct the dates.</source>
        <translation>{problem}. Исправьте даты.</translation>
    </message>
</context>
<context>
    <name>DocumentEntryDialog</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Новый документ</translation>
    </message>
    <message>
        <source>e.g. 3 (a)</source>
        <translation>например 3 a)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>none (no meeting days)</source>
        <translation>нет (нет дней совещания)</translation>
    </message>
    <message>
        <source>Unticked: the deadline rules&apos; date, </source>
        <translation>Без флажка: дата по правилам сроков, </translation>
    </message>
    <message>
        <source>&amp;Symbol</source>
        <translation>&amp;Условное обозначение</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>empty: the document&apos;s own title</source>
        <translation>пусто: собственное название документа</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation>&amp;Пункт повестки дня</translation>
    </message>
    <message>
        <source>&amp;Author or unit</source>
        <translation>&amp;Автор или подразделение</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>С&amp;лова</translation>
    </message>
    <message>
        <source>Languages &amp;required</source>
        <translation>Требуемые &amp;языки</translation>
    </message>
    <message>
        <source>Languages a&amp;vailable</source>
        <translation>&amp;Имеющиеся языки</translation>
    </message>
    <message>
        <source>Submission &amp;deadline</source>
        <translation>Сро&amp;к представления</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <source>Edited on</source>
        <translation>Отредактирован</translation>
    </message>
    <message>
        <source>Translated on</source>
        <translation>Переведён</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Выпущен</translation>
    </message>
    <message>
        <source>Every document needs a title.</source>
        <translation>У каждого документа должно быть название.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>e.g. 3: prints “Item 3 of the provisional agenda”</source>
        <translation>например 3: печатается «Пункт 3 предварительной повестки дня»</translation>
    </message>
    <message>
        <source>empty: this plan&apos;s meeting</source>
        <translation>пусто: совещание этого плана</translation>
    </message>
    <message>
        <source>&amp;Symbol</source>
        <translation>&amp;Условное обозначение</translation>
    </message>
    <message>
        <source>&amp;Date of issue</source>
        <translation>&amp;Дата выпуска</translation>
    </message>
    <message>
        <source>D&amp;istribution</source>
        <translation>&amp;Распространение</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>&amp;Язык оригинала</translation>
    </message>
    <message>
        <source>Agenda ite&amp;m</source>
        <translation>&amp;Пункт повестки дня</translation>
    </message>
    <message>
        <source>Considered &amp;at</source>
        <translation>Рассматривается &amp;на</translation>
    </message>
    <message>
        <source>default: {symbol}</source>
        <translation>по умолчанию: {symbol}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Untick for the default: the distribution deadline</source>
        <translation>Снимите флажок для значения по умолчанию: срока распространения</translation>
    </message>
    <message>
        <source>Unticked: the distribution deadline, {date}</source>
        <translation>Без флажка: срок распространения, {date}</translation>
    </message>
    <message>
        <source>Unticked: none until the meeting has dates and deadlines</source>
        <translation>Без флажка: нет, пока у совещания нет дат и сроков</translation>
    </message>
    <message>
        <source>Documents: not saved ({error})</source>
        <translation>Документы: не сохранено ({error})</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Symbol</source>
        <translation>Условное обозначение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Author or unit</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Имеются</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Past its submission deadline and not submitted</source>
        <translation>Срок представления прошёл, документ не представлен</translation>
    </message>
    <message>
        <source>From the deadline rules</source>
        <translation>По правилам сроков</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>&amp;Add document</source>
        <translation>&amp;Добавить документ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln документ</numerusform>
            <numerusform>%Ln документа</numerusform>
            <numerusform>%Ln документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) past the submission deadline and not submitted</source>
        <translation>
            <numerusform>%Ln документ не представлен в срок</numerusform>
            <numerusform>%Ln документа не представлены в срок</numerusform>
            <numerusform>%Ln документов не представлены в срок</numerusform>
        </translation>
    </message>
    <message>
        <source>Add document “{name}”</source>
        <translation>Добавление документа «{name}»</translation>
    </message>
    <message>
        <source>Edit document “{name}”</source>
        <translation>Изменение документа «{name}»</translation>
    </message>
    <message>
        <source>Delete document “{name}”</source>
        <translation>Удаление документа «{name}»</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Таблицы (*.csv *.tsv *.xlsx *.xlsm);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing imported:</source>
        <translation>Ничего не импортировано:</translation>
    </message>
    <message>
        <source>The table holds no documents.</source>
        <translation>В таблице нет документов.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>{name} is already in the list, with the same email.</source>
        <translation>{name} уже есть в списке, с тем же адресом электронной почты.</translation>
    </message>
    <message>
        <source>{name} is already in the list, with the same names and organisation.</source>
        <translation>{name} уже есть в списке, с теми же фамилией, именем и организацией.</translation>
    </message>
    <message>
        <source>A separate person is {kept}.</source>
        <translation>Отдельный человек {kept}.</translation>
    </message>
    <message>
        <source>&amp;Merge into the existing entry</source>
        <translation>&amp;Объединить с имеющейся записью</translation>
    </message>
    <message>
        <source>&amp;Add as a separate person</source>
        <translation>&amp;Добавить как другое лицо</translation>
    </message>
    <message>
        <source>&amp;Keep as a separate person</source>
        <translation>&amp;Сохранить как другое лицо</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Redo {change}: not possible ({error}); nothing was changed</source>
        <translation>Повторить «{change}» невозможно ({error}); ничего не изменено</translation>
    </message>
    <message>
        <source>Undo {change}: not possible ({error}); nothing was changed</source>
        <translation>Отменить «{change}» невозможно ({error}); ничего не изменено</translation>
    </message>
</context>
<context>
    <name>FundingSourcesDialog</name>
    <message>
        <source>Funding sources</source>
        <translation>Источники финансирования</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>PSC rate (%)</source>
        <translation>Ставка РПП (%)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>&amp;Add source</source>
        <translation>&amp;Добавить источник</translation>
    </message>
    <message>
        <source>&amp;Remove source</source>
        <translation>&amp;Удалить источник</translation>
    </message>
    <message>
        <source>Programme support costs are charged at each line&apos;s source rate: 13% is usual for extrabudgetary funds, 0 for the regular budget and existing resources.</source>
        <translation>Расходы на поддержку программ начисляются по ставке источника каждой строки: обычно 13 % для внебюджетных средств и 0 для регулярного бюджета и имеющихся ресурсов.</translation>
    </message>
    <message>
        <source>Row {row}: a name is required</source>
        <translation>Строка {row}: нужно название</translation>
    </message>
    <message>
        <source>Row {row}: the name is longer than 200 characters</source>
        <translation>Строка {row}: название длиннее 200 знаков</translation>
    </message>
    <message>
        <source>Row {row}: another source is called {name}</source>
        <translation>Строка {row}: другой источник уже называется {name}</translation>
    </message>
    <message>
        <source>Row {row}: {error}</source>
        <translation>Строка {row}: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; {error}.</source>
        <translation>&lt;b&gt;Не сохранено.&lt;/b&gt; {error}.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>{name}: user guide</source>
        <translation>{name}: руководство пользователя</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
    <message>
        <source>Open the guide in the desktop&apos;s web browser</source>
        <translation>Открыть руководство в веб-браузере</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>UTF-16 (Excel&apos;s “Unicode text”)</source>
        <translation>UTF-16 («Текст в Юникоде» Excel)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Западная Европа)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (Центральная Европа)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254 (турецкий)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>{n} to add</source>
        <translation>добавить: {n}</translation>
    </message>
    <message>
        <source>{n} to update</source>
        <translation>обновить: {n}</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>без изменений: {n}</translation>
    </message>
    <message>
        <source>{n} with problems</source>
        <translation>с ошибками: {n}</translation>
    </message>
    <message>
        <source>UTF-8 (with a byte-order mark)</source>
        <translation>UTF-8 (с меткой порядка байтов)</translation>
    </message>
    <message>
        <source>Import participants — {file}</source>
        <translation>Импорт участников — {file}</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Читать как</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>&lt;b&gt;Value for rows without one&lt;/b&gt; (a field the file lacks or leaves blank):</source>
        <translation>&lt;b&gt;Значение для строк без него&lt;/b&gt; (поле, которого нет в файле или которое в нём пустое):</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Первые строки</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {summary}.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;: {summary}.</translation>
    </message>
    <message>
        <source>read as {encoding}; choose another if names look wrong</source>
        <translation>прочитано как {encoding}; выберите другую кодировку, если имена искажены</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>Ошибки ({n})</translation>
    </message>
    <message>
        <source>Notices ({n})</source>
        <translation>Замечания ({n})</translation>
    </message>
    <message>
        <source>Import only the valid rows (skip those with problems: {n})</source>
        <translation>Импортировать только правильные строки (пропустить строки с ошибками: {n})</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>{outcome} (see Notices)</source>
        <translation>{outcome} (см. «Замечания»)</translation>
    </message>
    <message>
        <source>Not yet importable: {missing}. Under Columns, choose the file&apos;s column for it, or a value for all rows.</source>
        <translation>Импорт пока невозможен: {missing}. На вкладке «Столбцы» выберите для этого поля столбец файла или значение для всех строк.</translation>
    </message>
    <message>
        <source>Nothing is imported while a row has a problem: correct the file (or its encoding), or import only the valid rows.</source>
        <translation>Ничего не импортируется, пока в строке есть ошибка: исправьте файл (или его кодировку) или импортируйте только правильные строки.</translation>
    </message>
    <message>
        <source>Nothing to import: everyone is already in the list as is.</source>
        <translation>Импортировать нечего: все уже есть в списке в таком виде.</translation>
    </message>
    <message>
        <source>The import is one step: Edit &gt; Undo takes it back.</source>
        <translation>Импорт — один шаг: Правка &gt; Отменить отменяет его.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import translations — %1</source>
        <translation>Импорт переводов — %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Nothing can be imported until each problem below is settled: correct the file, or export it again from this plan.</source>
        <translation>Ничего нельзя импортировать, пока не устранены все перечисленные ниже ошибки: исправьте файл или экспортируйте его заново из этого плана.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>{summary}. Import is one step: Edit &gt; Undo takes it back.</source>
        <translation>{summary}. Импорт — один шаг: Правка &gt; Отменить отменяет его.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Из файла</translation>
    </message>
    <message>
        <source>(untranslated)</source>
        <translation>(нет перевода)</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters of invitation</source>
        <translation>Письма-приглашения</translation>
    </message>
    <message>
        <source>Each member State&apos;s permanent mission (note verbale)</source>
        <translation>Постоянное представительство каждого государства-члена (вербальная нота)</translation>
    </message>
    <message>
        <source>Each participant</source>
        <translation>Каждый участник</translation>
    </message>
    <message>
        <source>the built-in letter</source>
        <translation>встроенное письмо</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Word te&amp;mplate:</source>
        <translation>&amp;Шаблон Word:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Write letters</source>
        <translation>&amp;Написать письма</translation>
    </message>
    <message>
        <source>No letters can be written: {reason}</source>
        <translation>Письма написать нельзя: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) (Word files). The first, {name}:</source>
        <translation>
            <numerusform>%n письмо (файл Word). Первое, {name}:</numerusform>
            <numerusform>%n письма (файлы Word). Первое, {name}:</numerusform>
            <numerusform>%n писем (файлы Word). Первое, {name}:</numerusform>
        </translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Шаблон Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Write the letters into</source>
        <translation>Записать письма в</translation>
    </message>
    <message>
        <source>No letters written</source>
        <translation>Письма не написаны</translation>
    </message>
    <message>
        <source>Not all letters written</source>
        <translation>Написаны не все письма</translation>
    </message>
    <message>
        <source>Letters written</source>
        <translation>Письма написаны</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to {folder}.</source>
        <translation>
            <numerusform>%n письмо записано в {folder}.</numerusform>
            <numerusform>%n письма записаны в {folder}.</numerusform>
            <numerusform>%n писем записано в {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;p align=center&gt;Open a plan with File &amp;gt; Open, or create one with File &amp;gt; New.&lt;/p&gt;</source>
        <translation>&lt;p align=center&gt;Откройте план командой Файл &amp;gt; Открыть или создайте его командой Файл &amp;gt; Создать.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Созд&amp;ать…</translation>
    </message>
    <message>
        <source>Start a plan for a new meeting, in a file of its own</source>
        <translation>Начать план нового совещания в отдельном файле</translation>
    </message>
    <message>
        <source>New &amp;from an existing plan…</source>
        <translation>Создать на основе и&amp;меющегося плана…</translation>
    </message>
    <message>
        <source>Start the next session from an earlier plan: its options, budgets, agenda and deadlines, on new dates</source>
        <translation>Начать следующую сессию на основе прежнего плана: его варианты, бюджеты, повестка дня и сроки на новые даты</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a plan file (.consult)</source>
        <translation>Открыть файл плана (.consult)</translation>
    </message>
    <message>
        <source>Open from ser&amp;ver…</source>
        <translation>Открыть с с&amp;ервера…</translation>
    </message>
    <message>
        <source>Open a plan kept on a PostgreSQL server, to work on it with others</source>
        <translation>Открыть план, хранящийся на сервере PostgreSQL, для совместной работы</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние планы</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Every change is already saved as you make it</source>
        <translation>Каждое изменение сохраняется сразу</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Copy the plan to a new file and go on in that one</source>
        <translation>Скопировать план в новый файл и продолжить работу в нём</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close the plan (it is saved already)</source>
        <translation>Закрыть план (он уже сохранён)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>Bring back an earlier copy of a plan, kept automatically, as a new file</source>
        <translation>Вернуть более раннюю, автоматически сохранённую копию плана в новый файл</translation>
    </message>
    <message>
        <source>&amp;Letters of invitation…</source>
        <translation>П&amp;исьма-приглашения…</translation>
    </message>
    <message>
        <source>Write a note verbale to each State&apos;s mission, or a letter to each participant</source>
        <translation>Написать вербальную ноту представительству каждого государства или письмо каждому участнику</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Документы…</translation>
    </message>
    <message>
        <source>Set each document&apos;s symbol, date of issue, distribution and agenda item</source>
        <translation>Задать условное обозначение, дату выпуска, распространение и пункт повестки дня каждого документа</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Close the window; the plan is saved already</source>
        <translation>Закрыть окно; план уже сохранён</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Take back the last change to the plan</source>
        <translation>Отменить последнее изменение плана</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Make again the change last taken back</source>
        <translation>Повторить последнее отменённое изменение</translation>
    </message>
    <message>
        <source>Plan &amp;details…</source>
        <translation>&amp;Сведения о плане…</translation>
    </message>
    <message>
        <source>The meeting&apos;s title, organiser, mandate, venue, dates, currency and PSC rate</source>
        <translation>Название совещания, организатор, мандат, место, даты, валюта и ставка РПП</translation>
    </message>
    <message>
        <source>Texts in other &amp;languages…</source>
        <translation>Тексты на других &amp;языках…</translation>
    </message>
    <message>
        <source>The plan&apos;s texts in English, French and Russian side by side: type the versions, or send them to translators and import their work</source>
        <translation>Тексты плана на английском, французском и русском языках рядом: введите переводы или отправьте тексты переводчикам и импортируйте их работу</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Choose the window&apos;s language, applied at the next start</source>
        <translation>Выбрать язык окна; применяется при следующем запуске</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>How to plan a meeting with this program, offline</source>
        <translation>Как планировать совещание с помощью этой программы, без сети</translation>
    </message>
    <message>
        <source>&amp;About {name}</source>
        <translation>&amp;О программе {name}</translation>
    </message>
    <message>
        <source>The version, licence, and the Qt and Python it runs on</source>
        <translation>Версия, лицензия, а также версии Qt и Python</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <source>See the pages of the document ({name}), then save them as PDF or print them</source>
        <translation>Просмотреть страницы документа ({name}), затем сохранить их в PDF или напечатать</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Отменить: {change}</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Повторить: {change}</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Не удаётся открыть план</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Открыт {path}</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Открыт только для чтения</translation>
    </message>
    <message>
        <source>{plan}: {why}.</source>
        <translation>{plan}: {why}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Read-only: {why}</source>
        <translation>Только чтение: {why}</translation>
    </message>
    <message>
        <source>Nothing can be changed in this plan here; reading, printing and exporting work.</source>
        <translation>Здесь в этот план нельзя вносить изменения; просмотр, печать и экспорт доступны.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (только чтение)</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Открыть план</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>Сохранить план как</translation>
    </message>
    <message>
        <source>Consult plans (*{suffix});;All files (*)</source>
        <translation>Планы Consult (*{suffix});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Title of the meeting:</source>
        <translation>Название совещания:</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation>Не удаётся создать план</translation>
    </message>
    <message>
        <source>Every change is saved as you make it.</source>
        <translation>Каждое изменение сохраняется сразу.</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Не удаётся сохранить план</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>There are no backups yet: a copy of a plan is kept before its first change after opening.</source>
        <translation>Резервных копий пока нет: копия плана сохраняется перед его первым изменением после открытия.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Не удаётся восстановить резервную копию</translation>
    </message>
    <message>
        <source>The backup cannot be used: {error}</source>
        <translation>Резервную копию использовать нельзя: {error}</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Недавних планов нет</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>О программе {name}</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Milestone</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>В&amp;ид</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Ends (for a meeting)</source>
        <translation>&amp;Окончание (для совещания)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>The milestone needs a title.</source>
        <translation>У этапа должно быть название.</translation>
    </message>
    <message>
        <source>It ends ({end}) before it starts ({start}).</source>
        <translation>Он заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Done: click to mark it not done (Ctrl+D)</source>
        <translation>Выполнено: щёлкните, чтобы отметить как невыполненное (Ctrl+D)</translation>
    </message>
    <message>
        <source>Not done yet: click to mark it done (Ctrl+D)</source>
        <translation>Ещё не выполнено: щёлкните, чтобы отметить как выполненное (Ctrl+D)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
</context>
<context>
    <name>NewFromDialog</name>
    <message>
        <source>New plan from an existing plan</source>
        <translation>Новый план на основе имеющегося</translation>
    </message>
    <message>
        <source>Bring the &amp;participants (invited again, travel approvals cleared)</source>
        <translation>Перенести &amp;участников (снова приглашены, утверждения поездок сняты)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Исходный план</translation>
    </message>
    <message>
        <source>New &amp;first day</source>
        <translation>Новый &amp;первый день</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>What the new plan holds:</source>
        <translation>Что войдёт в новый план:</translation>
    </message>
    <message>
        <source>Meeting days:</source>
        <translation>Дни совещания:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Копируется</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Не копируется</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>{name}: {total}</source>
        <translation>{name}: {total}</translation>
    </message>
</context>
<context>
    <name>OptionEditor</name>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>Буква</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>For&amp;mat</source>
        <translation>Форма&amp;т</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>P&amp;roposed start</source>
        <translation>Предлагаемое нача&amp;ло</translation>
    </message>
    <message>
        <source>E&amp;xpected participants</source>
        <translation>О&amp;жидаемое число участников</translation>
    </message>
    <message>
        <source>Resources needed</source>
        <translation>Необ&amp;ходимые ресурсы</translation>
    </message>
    <message>
        <source>Decisio&amp;n</source>
        <translation>Ре&amp;шение</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Дата решени&amp;я</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <source>Proposed end</source>
        <translation>Предлагаемое окон&amp;чание</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Место проведения</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>Р&amp;иски</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Преиму&amp;щества</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Ст&amp;атус</translation>
    </message>
</context>
<context>
    <name>OptionsListModel</name>
    <message>
        <source>{status}; total {total}</source>
        <translation>{status}; итого {total}</translation>
    </message>
</context>
<context>
    <name>OptionsTab</name>
    <message>
        <source>Delete option</source>
        <translation>Удаление варианта</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>Figures as in the Budget tab, programme support costs included. Not yet funded: lines on sources other than the regular budget or existing resources.</source>
        <translation>Суммы как на вкладке «Бюджет», включая расходы на поддержку программ. Ещё не профинансировано: строки из источников, кроме регулярного бюджета и имеющихся ресурсов.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>{action} option ({keys})</source>
        <translation>{action}: вариант ({keys})</translation>
    </message>
    <message>
        <source>{reason}. Not saved.</source>
        <translation>{reason}. Не сохранено.</translation>
    </message>
    <message>
        <source>Dates not saved.</source>
        <translation>Даты не сохранены.</translation>
    </message>
    <message numerus="yes">
        <source>Delete option {option} and its %n budget line(s)? Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Удалить вариант {option} и его %n бюджетную строку? Правка &gt; Отменить вернёт его.</numerusform>
            <numerusform>Удалить вариант {option} и его %n бюджетные строки? Правка &gt; Отменить вернёт его.</numerusform>
            <numerusform>Удалить вариант {option} и его %n бюджетных строк? Правка &gt; Отменить вернёт его.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete option {option}? Edit &gt; Undo brings it back.</source>
        <translation>Удалить вариант {option}? Правка &gt; Отменить вернёт его.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Member States of the body</source>
        <translation>Государства — члены органа</translation>
    </message>
    <message>
        <source>Other countries and territories</source>
        <translation>Другие страны и территории</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (автоматически)</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>как написано</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Изменение данных участника</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошена</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждена</translation>
    </message>
    <message>
        <source>estimated cost, e.g. 1850.00</source>
        <translation>стоимость, например 1850,00</translation>
    </message>
    <message>
        <source>&amp;Head of delegation</source>
        <translation>&amp;Глава делегации</translation>
    </message>
    <message>
        <source>rank in the delegation, e.g. 2</source>
        <translation>место в делегации, например 2</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>&amp;Фамилия *</translation>
    </message>
    <message>
        <source>In &amp;Latin letters</source>
        <translation>&amp;Латиницей</translation>
    </message>
    <message>
        <source>The given and family names as the English and French lists print them, for a name written in Cyrillic</source>
        <translation>Имя и фамилия в том виде, в каком их печатают английский и французский списки, для имени, написанного кириллицей</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>С&amp;трана</translation>
    </message>
    <message>
        <source>&amp;Category *</source>
        <translation>&amp;Категория *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Т&amp;елефон</translation>
    </message>
    <message>
        <source>Travel support</source>
        <translation>Оплата поездки</translation>
    </message>
    <message>
        <source>Change the ticket, nights, DSA or terminal expenses in the Budget tab, Travellers…</source>
        <translation>Билет, ночи, суточные и терминальные расходы меняются на вкладке «Бюджет», «Поездки…»</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>ParticipantsFilter</name>
    <message>
        <source>Travel requested</source>
        <translation>Поездка запрошена</translation>
    </message>
    <message>
        <source>Travel approved</source>
        <translation>Поездка утверждена</translation>
    </message>
    <message>
        <source>No travel requested</source>
        <translation>Поездка не запрошена</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Honorific</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Travel requested</source>
        <translation>Поездка запрошена</translation>
    </message>
    <message>
        <source>Travel approved</source>
        <translation>Поездка утверждена</translation>
    </message>
    <message>
        <source>Travel amount</source>
        <translation>Сумма на поездку</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>Фамилия (латиницей)</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Delete participants</source>
        <translation>Удаление участников</translation>
    </message>
    <message>
        <source>Search the visible columns…</source>
        <translation>Поиск по видимым столбцам…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Any travel support</source>
        <translation>Любая оплата поездки</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Задать &amp;статус</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Задать статус</translation>
    </message>
    <message>
        <source>Change the status of every selected participant</source>
        <translation>Изменить статус всех выделенных участников</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln participant(s) shown</source>
        <translation>
            <numerusform>показано {shown} из %Ln участника</numerusform>
            <numerusform>показано {shown} из %Ln участников</numerusform>
            <numerusform>показано {shown} из %Ln участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed</source>
        <translation>
            <numerusform>%Ln подтвердил</numerusform>
            <numerusform>%Ln подтвердили</numerusform>
            <numerusform>%Ln подтвердили</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with funded travel ({amount})</source>
        <translation>
            <numerusform>%Ln с оплатой поездки ({amount})</numerusform>
            <numerusform>%Ln с оплатой поездки ({amount})</numerusform>
            <numerusform>%Ln с оплатой поездки ({amount})</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Объединить с записью {name}</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Удалить {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants?</source>
        <translation>
            <numerusform>Удалить %Ln участника?</numerusform>
            <numerusform>Удалить %Ln участников?</numerusform>
            <numerusform>Удалить %Ln участников?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back.</source>
        <translation>Правка &gt; Отменить вернёт их.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.tsv);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx *.xlsm *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Экспорт участников</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV, UTF-8 (*.csv);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>No sheet of {file} has the expected columns. Which sheet holds the participants?</source>
        <translation>Ни на одном листе файла {file} нет ожидаемых столбцов. На каком листе участники?</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>Импортирован {file}: {summary}</translation>
    </message>
    <message>
        <source>{path}: not written ({error})</source>
        <translation>{path}: не записано ({error})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln participant(s) to {file}</source>
        <translation>
            <numerusform>%Ln участник экспортирован в {file}</numerusform>
            <numerusform>%Ln участника экспортированы в {file}</numerusform>
            <numerusform>%Ln участников экспортированы в {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>Add option</source>
        <translation>Добавить вариант</translation>
    </message>
    <message>
        <source>Add option ({label})</source>
        <translation>Добавить вариант ({label})</translation>
    </message>
    <message>
        <source>Duplicate option</source>
        <translation>Дублировать вариант</translation>
    </message>
    <message>
        <source>Duplicate option as ({label})</source>
        <translation>Дублировать вариант как ({label})</translation>
    </message>
    <message>
        <source>Delete option ({label})</source>
        <translation>Удалить вариант ({label})</translation>
    </message>
    <message>
        <source>Edit option ({label})</source>
        <translation>Изменить вариант ({label})</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n budget lines</source>
        <translation>
            <numerusform>Удалить %n строку бюджета</numerusform>
            <numerusform>Удалить %n строки бюджета</numerusform>
            <numerusform>Удалить %n строк бюджета</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Изменить категорию</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Изменить описание</translation>
    </message>
    <message>
        <source>Edit quantity</source>
        <translation>Изменить количество</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Изменить единицу</translation>
    </message>
    <message>
        <source>Edit unit cost</source>
        <translation>Изменить цену единицы</translation>
    </message>
    <message>
        <source>Edit currency</source>
        <translation>Изменить валюту</translation>
    </message>
    <message>
        <source>Edit days / times</source>
        <translation>Изменить «Дни / ×»</translation>
    </message>
    <message>
        <source>Edit funding source</source>
        <translation>Изменить источник</translation>
    </message>
    <message>
        <source>Edit PSC</source>
        <translation>Изменить РПП</translation>
    </message>
    <message>
        <source>Edit actual</source>
        <translation>Изменить фактическую сумму</translation>
    </message>
    <message>
        <source>Edit travel follows</source>
        <translation>Изменить «Поездки по»</translation>
    </message>
    <message>
        <source>Edit rate month</source>
        <translation>Изменить месяц курса</translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation>Изменить строку бюджета</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>Добавить строку бюджета</translation>
    </message>
    <message>
        <source>Edit funding sources</source>
        <translation>Изменить источники финансирования</translation>
    </message>
    <message>
        <source>Edit deadline rules</source>
        <translation>Изменить правила сроков</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln DSA rates</source>
        <translation>
            <numerusform>Импортировать %Ln ставку суточных</numerusform>
            <numerusform>Импортировать %Ln ставки суточных</numerusform>
            <numerusform>Импортировать %Ln ставок суточных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln rates of exchange</source>
        <translation>
            <numerusform>Импортировать %Ln обменный курс</numerusform>
            <numerusform>Импортировать %Ln обменных курса</numerusform>
            <numerusform>Импортировать %Ln обменных курсов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n budget lines</source>
        <translation>
            <numerusform>Добавить %n строку бюджета</numerusform>
            <numerusform>Добавить %n строки бюджета</numerusform>
            <numerusform>Добавить %n строк бюджета</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit travel costs of {name}</source>
        <translation>Изменить расходы на поездку: {name}</translation>
    </message>
    <message>
        <source>Edit travel costs</source>
        <translation>Изменить расходы на поездку</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Добавить: {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Изменить: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants</source>
        <translation>
            <numerusform>Удалить %Ln участника</numerusform>
            <numerusform>Удалить %Ln участников</numerusform>
            <numerusform>Удалить %Ln участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln to {status}</source>
        <translation>
            <numerusform>Статус «{status}» для %Ln участника</numerusform>
            <numerusform>Статус «{status}» для %Ln участников</numerusform>
            <numerusform>Статус «{status}» для %Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {source}</source>
        <translation>Импортировать {source}</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>Add break</source>
        <translation>Добавить перерыв</translation>
    </message>
    <message>
        <source>Add lunch</source>
        <translation>Добавить обед</translation>
    </message>
    <message>
        <source>Add side event</source>
        <translation>Добавить параллельное мероприятие</translation>
    </message>
    <message>
        <source>Edit {item}</source>
        <translation>Изменить {item}</translation>
    </message>
    <message>
        <source>Move {item} to {day}</source>
        <translation>Перенести {item} на {day}</translation>
    </message>
    <message>
        <source>Move {item} up</source>
        <translation>Переместить {item} вверх</translation>
    </message>
    <message>
        <source>Move {item} down</source>
        <translation>Переместить {item} вниз</translation>
    </message>
    <message>
        <source>Delete {item}</source>
        <translation>Удалить {item}</translation>
    </message>
    <message>
        <source>Start from the standard items</source>
        <translation>Начать со стандартных пунктов</translation>
    </message>
    <message>
        <source>Add milestone “{title}”</source>
        <translation>Добавить этап «{title}»</translation>
    </message>
    <message>
        <source>Accept deadline “{title}”</source>
        <translation>Принять срок «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n deadlines</source>
        <translation>
            <numerusform>Принять %n срок</numerusform>
            <numerusform>Принять %n срока</numerusform>
            <numerusform>Принять %n сроков</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit milestone “{title}”</source>
        <translation>Изменить этап «{title}»</translation>
    </message>
    <message>
        <source>Mark done “{title}”</source>
        <translation>Отметить как выполненный этап «{title}»</translation>
    </message>
    <message>
        <source>Mark not done “{title}”</source>
        <translation>Отметить как невыполненный этап «{title}»</translation>
    </message>
    <message>
        <source>Delete milestone “{title}”</source>
        <translation>Удалить этап «{title}»</translation>
    </message>
    <message>
        <source>Edit summary: {heading}</source>
        <translation>Изменить резюме: {heading}</translation>
    </message>
    <message>
        <source>Edit plan details</source>
        <translation>Изменить сведения о плане</translation>
    </message>
    <message>
        <source>Import documents from {name}</source>
        <translation>Импортировать документы из {name}</translation>
    </message>
    <message>
        <source>Edit the identity of the provisional annotated agenda</source>
        <translation>Изменить реквизиты предварительной повестки дня с аннотациями</translation>
    </message>
    <message>
        <source>Edit the identity of the list of participants</source>
        <translation>Изменить реквизиты списка участников</translation>
    </message>
    <message>
        <source>Edit the identity of the budget</source>
        <translation>Изменить реквизиты бюджета</translation>
    </message>
    <message>
        <source>Edit the identity of the options note</source>
        <translation>Изменить реквизиты записки о вариантах</translation>
    </message>
    <message>
        <source>Edit the identity of the summary of discussions</source>
        <translation>Изменить реквизиты резюме обсуждений</translation>
    </message>
    <message>
        <source>Edit the identity of the list of documents</source>
        <translation>Изменить реквизиты списка документов</translation>
    </message>
    <message>
        <source>Edit the identity of the meeting pack</source>
        <translation>Изменить реквизиты пакета документов совещания</translation>
    </message>
    <message>
        <source>Edit a document&apos;s identity</source>
        <translation>Изменить реквизиты документа</translation>
    </message>
    <message>
        <source>Edit the documents&apos; identities</source>
        <translation>Изменить реквизиты документов</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln English texts</source>
        <translation>
            <numerusform>Импортировать %Ln английский текст</numerusform>
            <numerusform>Импортировать %Ln английских текста</numerusform>
            <numerusform>Импортировать %Ln английских текстов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln French texts</source>
        <translation>
            <numerusform>Импортировать %Ln французский текст</numerusform>
            <numerusform>Импортировать %Ln французских текста</numerusform>
            <numerusform>Импортировать %Ln французских текстов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln Russian texts</source>
        <translation>
            <numerusform>Импортировать %Ln русский текст</numerusform>
            <numerusform>Импортировать %Ln русских текста</numerusform>
            <numerusform>Импортировать %Ln русских текстов</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the English version of {text}</source>
        <translation>Изменить английскую версию: {text}</translation>
    </message>
    <message>
        <source>Edit the French version of {text}</source>
        <translation>Изменить французскую версию: {text}</translation>
    </message>
    <message>
        <source>Edit the Russian version of {text}</source>
        <translation>Изменить русскую версию: {text}</translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln English texts</source>
        <translation>
            <numerusform>Изменить %Ln английский текст</numerusform>
            <numerusform>Изменить %Ln английских текста</numerusform>
            <numerusform>Изменить %Ln английских текстов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln French texts</source>
        <translation>
            <numerusform>Изменить %Ln французский текст</numerusform>
            <numerusform>Изменить %Ln французских текста</numerusform>
            <numerusform>Изменить %Ln французских текстов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln Russian texts</source>
        <translation>
            <numerusform>Изменить %Ln русский текст</numerusform>
            <numerusform>Изменить %Ln русских текста</numerusform>
            <numerusform>Изменить %Ln русских текстов</numerusform>
        </translation>
    </message>
    <message>
        <source>someone else changed it since; their change is kept</source>
        <translation>после этого кто-то другой изменил это; его изменение сохранено</translation>
    </message>
    <message>
        <source>someone else changed the rates since; their change is kept</source>
        <translation>после этого кто-то другой изменил курсы; его изменение сохранено</translation>
    </message>
    <message>
        <source>not saved: of the {rows} you edited, {what}; nothing was overwritten</source>
        <translation>не сохранено: из изменённых вами {rows} {what}; ничего не перезаписано</translation>
    </message>
    <message numerus="yes">
        <source>%n changed by someone else since you read them</source>
        <translation>
            <numerusform>%n изменена кем-то другим после того, как вы её прочли</numerusform>
            <numerusform>%n изменены кем-то другим после того, как вы их прочли</numerusform>
            <numerusform>%n изменено кем-то другим после того, как вы их прочли</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted by someone else</source>
        <translation>
            <numerusform>%n удалена кем-то другим</numerusform>
            <numerusform>%n удалены кем-то другим</numerusform>
            <numerusform>%n удалено кем-то другим</numerusform>
        </translation>
    </message>
    <message>
        <source>{changed} and {deleted}</source>
        <translation>{changed} и {deleted}</translation>
    </message>
    <message>
        <source>participant rows</source>
        <translation>строк участников</translation>
    </message>
    <message>
        <source>agenda item rows</source>
        <translation>строк повестки дня</translation>
    </message>
    <message>
        <source>milestone rows</source>
        <translation>строк этапов</translation>
    </message>
    <message>
        <source>summary section rows</source>
        <translation>строк разделов резюме</translation>
    </message>
    <message>
        <source>option rows</source>
        <translation>строк вариантов</translation>
    </message>
    <message>
        <source>budget line rows</source>
        <translation>строк бюджета</translation>
    </message>
    <message>
        <source>document rows</source>
        <translation>строк документов</translation>
    </message>
    <message>
        <source>funding source rows</source>
        <translation>строк источников финансирования</translation>
    </message>
    <message>
        <source>plan rows</source>
        <translation>строк плана</translation>
    </message>
    <message>
        <source>translation rows</source>
        <translation>строк переводов</translation>
    </message>
    <message>
        <source>{plan} is open read-only: {why}</source>
        <translation>{plan} открыт только для чтения: {why}</translation>
    </message>
    <message>
        <source>{path}: the file was moved, deleted or replaced since it was opened; use Save As to keep a copy of what is shown</source>
        <translation>{path}: файл перемещён, удалён или заменён после открытия; чтобы сохранить копию того, что показано, используйте «Сохранить как»</translation>
    </message>
    <message>
        <source>{plan}: the server cannot be reached, so this change was not saved ({reason}); it is kept, try again</source>
        <translation>{plan}: сервер недоступен, поэтому это изменение не сохранено ({reason}); оно отложено, попробуйте ещё раз</translation>
    </message>
    <message>
        <source>{plan}: your role may not change this plan ({reason})</source>
        <translation>{plan}: ваша роль не позволяет изменять этот план ({reason})</translation>
    </message>
    <message>
        <source>&apos;{a}&apos; and &apos;{b}&apos; are both in {room} on {day} from {start} to {end}</source>
        <translation>«{a}» и «{b}» оба проходят в помещении {room} {day} с {start} до {end}</translation>
    </message>
    <message>
        <source>{person} is in both &apos;{a}&apos; and &apos;{b}&apos; on {day} from {start} to {end}</source>
        <translation>{person} участвует и в «{a}», и в «{b}» {day} с {start} до {end}</translation>
    </message>
    <message>
        <source>participant {id}</source>
        <translation>участник {id}</translation>
    </message>
    <message>
        <source>{person} chairs &apos;{item}&apos; but has declined</source>
        <translation>{person} председательствует в «{item}», но отклонил(а) приглашение</translation>
    </message>
    <message>
        <source>{person} speaks at &apos;{item}&apos; but has declined</source>
        <translation>{person} выступает в «{item}», но отклонил(а) приглашение</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is on {day}, outside the meeting&apos;s days ({dates})</source>
        <translation>«{item}» стоит на {day}, вне дней совещания ({dates})</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; runs {start} to {end} on {day}, outside the meeting&apos;s hours ({opens} to {closes})</source>
        <translation>«{item}» идёт с {start} до {end} {day}, вне часов совещания ({opens}–{closes})</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is on a weekend day, {day}</source>
        <translation>«{item}» приходится на выходной день: {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n items are on a weekend day, {day}</source>
        <translation>
            <numerusform>%n пункт приходится на выходной день: {day}</numerusform>
            <numerusform>%n пункта приходятся на выходной день: {day}</numerusform>
            <numerusform>%n пунктов приходятся на выходной день: {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>Option ({label}) ends on {end}, after its outcome is due on {due} ({title})</source>
        <translation>Вариант ({label}) заканчивается {end}, позже срока его итогов {due} ({title})</translation>
    </message>
    <message>
        <source>Past its date and not done: {title} ({day})</source>
        <translation>Срок прошёл, не выполнено: {title} ({day})</translation>
    </message>
    <message numerus="yes">
        <source>Deadline already missed: {title} was due on {due}, %n weeks before the meeting on {start}</source>
        <translation>
            <numerusform>Срок уже пропущен: {title} — до {due}, за %n неделю до совещания {start}</numerusform>
            <numerusform>Срок уже пропущен: {title} — до {due}, за %n недели до совещания {start}</numerusform>
            <numerusform>Срок уже пропущен: {title} — до {due}, за %n недель до совещания {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} is on {day}, in {year}, while the meeting is in {meeting}</source>
        <translation>{title} приходится на {day} ({year} г.), а совещание — в {meeting} г.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Цена единицы</translation>
    </message>
    <message>
        <source>Days or multiplier</source>
        <translation>Дни или множитель</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Фактически</translation>
    </message>
    <message>
        <source>PSC rate</source>
        <translation>Ставка РПП</translation>
    </message>
    <message>
        <source>Units per USD</source>
        <translation>Единиц за доллар США</translation>
    </message>
    <message>
        <source>DSA rate</source>
        <translation>Ставка суточных</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Ночи</translation>
    </message>
    <message>
        <source>{what}: {error}</source>
        <translation>{what}: {error}</translation>
    </message>
    <message>
        <source>{what} cannot be negative</source>
        <translation>{what}: значение не может быть отрицательным</translation>
    </message>
    <message>
        <source>{what} cannot be more than {limit}</source>
        <translation>{what}: значение не может превышать {limit}</translation>
    </message>
    <message numerus="yes">
        <source>{what} can have at most %n decimal places</source>
        <translation>
            <numerusform>{what}: не более %n знака после запятой</numerusform>
            <numerusform>{what}: не более %n знаков после запятой</numerusform>
            <numerusform>{what}: не более %n знаков после запятой</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency: {text} is not a three-letter code (CHF, EUR)</source>
        <translation>Валюта: {text} — не трёхбуквенный код (CHF, EUR)</translation>
    </message>
    <message>
        <source>Units per USD cannot be zero</source>
        <translation>Число единиц за доллар США не может быть нулевым</translation>
    </message>
    <message>
        <source>DSA rate cannot be zero</source>
        <translation>Ставка суточных не может быть нулевой</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>нужно число</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} — не число</translation>
    </message>
    <message>
        <source>{text} is too large (the limit is {limit})</source>
        <translation>{text} — слишком большое число (предел {limit})</translation>
    </message>
    <message>
        <source>not an amount: {text}</source>
        <translation>не сумма: {text}</translation>
    </message>
    <message>
        <source>must be a positive amount: {text}</source>
        <translation>сумма должна быть положительной: {text}</translation>
    </message>
    <message>
        <source>too large an amount: {text}</source>
        <translation>слишком большая сумма: {text}</translation>
    </message>
    <message>
        <source>more than 2 decimal places: {text}</source>
        <translation>больше 2 знаков после запятой: {text}</translation>
    </message>
    <message>
        <source>the family name is required</source>
        <translation>нужна фамилия</translation>
    </message>
    <message>
        <source>the category is required</source>
        <translation>нужна категория</translation>
    </message>
    <message>
        <source>unknown category {text}</source>
        <translation>неизвестная категория {text}</translation>
    </message>
    <message>
        <source>unknown status {text}</source>
        <translation>неизвестный статус {text}</translation>
    </message>
    <message>
        <source>unknown country {text}</source>
        <translation>неизвестная страна {text}</translation>
    </message>
    <message>
        <source>not an email address: {text}</source>
        <translation>не адрес электронной почты: {text}</translation>
    </message>
    <message>
        <source>expected yes or no, not {text}</source>
        <translation>ожидается «да» или «нет», а не {text}</translation>
    </message>
    <message>
        <source>expected a whole number such as 2, not {text}</source>
        <translation>ожидается целое число, например 2, а не {text}</translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %n items on a weekend day, {day}</source>
        <translation>
            <numerusform>Повестка дня: %n пункт в выходной день, {day}</numerusform>
            <numerusform>Повестка дня: %n пункта в выходной день, {day}</numerusform>
            <numerusform>Повестка дня: %n пунктов в выходной день, {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline: {title} moves from {old} to {new}, in {year} while the meeting is in {meeting}</source>
        <translation>Сроки: «{title}» переносится с {old} на {new}, в {year} г., а совещание — в {meeting} г.</translation>
    </message>
    <message>
        <source>The meeting&apos;s first day moves from a {old_day} ({old}) to a {new_day} ({new}): check the days of the agenda</source>
        <translation>Первый день совещания переносится: был {old_day} ({old}), стал {new_day} ({new}); проверьте дни повестки дня</translation>
    </message>
    <message>
        <source>the earlier plan has no meeting days (no dates on its options or in its details), so there is no day to move from</source>
        <translation>в прежнем плане нет дней совещания (ни дат вариантов, ни дат в сведениях о плане), поэтому переносить нечего</translation>
    </message>
    <message>
        <source>{path}: is a folder</source>
        <translation>{path}: это папка</translation>
    </message>
    <message>
        <source>{path}: already exists</source>
        <translation>{path}: уже существует</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path}: нет такой папки</translation>
    </message>
    <message>
        <source>{path}: is the plan it is made from</source>
        <translation>{path}: это исходный план</translation>
    </message>
    <message>
        <source>Plan details, the symbol&apos;s year following the new year</source>
        <translation>Сведения о плане; год в условном обозначении следует за новым годом</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Сведения о плане</translation>
    </message>
    <message>
        <source>Options back to proposed, with no decision</source>
        <translation>Варианты снова «предложены», без решения</translation>
    </message>
    <message numerus="yes">
        <source>Dates moved by %Ln days: the agenda&apos;s days, the milestones (not done), the options&apos; dates and the documents&apos; dates of issue; deadline rules follow the new first day</source>
        <translation>
            <numerusform>Даты сдвинуты на %Ln день: дни повестки дня, этапы (невыполненные), даты вариантов и даты выпуска документов; правила сроков следуют за новым первым днём</numerusform>
            <numerusform>Даты сдвинуты на %Ln дня: дни повестки дня, этапы (невыполненные), даты вариантов и даты выпуска документов; правила сроков следуют за новым первым днём</numerusform>
            <numerusform>Даты сдвинуты на %Ln дней: дни повестки дня, этапы (невыполненные), даты вариантов и даты выпуска документов; правила сроков следуют за новым первым днём</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %Ln summary sections (the sections stay, empty)</source>
        <translation>
            <numerusform>Текст %Ln раздела резюме (разделы остаются, пустые)</numerusform>
            <numerusform>Текст %Ln разделов резюме (разделы остаются, пустые)</numerusform>
            <numerusform>Текст %Ln разделов резюме (разделы остаются, пустые)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actual expenditure on %Ln budget lines</source>
        <translation>
            <numerusform>Фактические расходы по %Ln строке бюджета</numerusform>
            <numerusform>Фактические расходы по %Ln строкам бюджета</numerusform>
            <numerusform>Фактические расходы по %Ln строкам бюджета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The decisions on %Ln options</source>
        <translation>
            <numerusform>Решения по %Ln варианту</numerusform>
            <numerusform>Решения по %Ln вариантам</numerusform>
            <numerusform>Решения по %Ln вариантам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants (they may come along, invited again)</source>
        <translation>
            <numerusform>%Ln участник (может быть перенесён, снова приглашён)</numerusform>
            <numerusform>%Ln участника (могут быть перенесены, снова приглашены)</numerusform>
            <numerusform>%Ln участников (могут быть перенесены, снова приглашены)</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants back to invited, travel approvals cleared</source>
        <translation>Участники снова «приглашены», утверждения поездок сняты</translation>
    </message>
    <message>
        <source>The new meeting&apos;s first day is {day}</source>
        <translation>Первый день нового совещания: {day}</translation>
    </message>
    <message>
        <source>The new plan has no meeting days</source>
        <translation>В новом плане нет дней совещания</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member States</source>
        <translation>
            <numerusform>%Ln государство-член</numerusform>
            <numerusform>%Ln государства-члена</numerusform>
            <numerusform>%Ln государств-членов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding sources</source>
        <translation>
            <numerusform>%Ln источник финансирования</numerusform>
            <numerusform>%Ln источника финансирования</numerusform>
            <numerusform>%Ln источников финансирования</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln options</source>
        <translation>
            <numerusform>%Ln вариант</numerusform>
            <numerusform>%Ln варианта</numerusform>
            <numerusform>%Ln вариантов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln budget lines</source>
        <translation>
            <numerusform>%Ln строка бюджета</numerusform>
            <numerusform>%Ln строки бюджета</numerusform>
            <numerusform>%Ln строк бюджета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln DSA rates</source>
        <translation>
            <numerusform>%Ln ставка суточных</numerusform>
            <numerusform>%Ln ставки суточных</numerusform>
            <numerusform>%Ln ставок суточных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exchange rates</source>
        <translation>
            <numerusform>%Ln обменный курс</numerusform>
            <numerusform>%Ln обменных курса</numerusform>
            <numerusform>%Ln обменных курсов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agenda items</source>
        <translation>
            <numerusform>%Ln пункт повестки дня</numerusform>
            <numerusform>%Ln пункта повестки дня</numerusform>
            <numerusform>%Ln пунктов повестки дня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln milestones</source>
        <translation>
            <numerusform>%Ln этап</numerusform>
            <numerusform>%Ln этапа</numerusform>
            <numerusform>%Ln этапов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deadline rules</source>
        <translation>
            <numerusform>%Ln правило сроков</numerusform>
            <numerusform>%Ln правила сроков</numerusform>
            <numerusform>%Ln правил сроков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln summary sections</source>
        <translation>
            <numerusform>%Ln раздел резюме</numerusform>
            <numerusform>%Ln раздела резюме</numerusform>
            <numerusform>%Ln разделов резюме</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln документ</numerusform>
            <numerusform>%Ln документа</numerusform>
            <numerusform>%Ln документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln translations</source>
        <translation>
            <numerusform>%Ln перевод</numerusform>
            <numerusform>%Ln перевода</numerusform>
            <numerusform>%Ln переводов</numerusform>
        </translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>option</source>
        <translation>вариант</translation>
    </message>
    <message>
        <source>funding source</source>
        <translation>источник финансирования</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>строка бюджета</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>пункт повестки дня</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>этап</translation>
    </message>
    <message>
        <source>summary section</source>
        <translation>раздел резюме</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <source>governing body</source>
        <translation>руководящий орган</translation>
    </message>
    <message>
        <source>principal organ</source>
        <translation>главный орган</translation>
    </message>
    <message>
        <source>commission</source>
        <translation>комиссия</translation>
    </message>
    <message>
        <source>session</source>
        <translation>сессия</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>место</translation>
    </message>
    <message>
        <source>mandate</source>
        <translation>мандат</translation>
    </message>
    <message>
        <source>members heading</source>
        <translation>заголовок членов</translation>
    </message>
    <message>
        <source>non members heading</source>
        <translation>заголовок нечленов</translation>
    </message>
    <message>
        <source>considered at</source>
        <translation>рассматривается на</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>resources needed</source>
        <translation>необходимые ресурсы</translation>
    </message>
    <message>
        <source>benefits</source>
        <translation>преимущества</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>риски</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>аннотация</translation>
    </message>
    <message>
        <source>room</source>
        <translation>помещение</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>body</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>{kind} {id}, {field}</source>
        <translation>{kind} {id}, {field}</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>agenda item {number}</source>
        <translation>пункт {number} повестки дня</translation>
    </message>
    <message>
        <source>agenda entry {title}</source>
        <translation>запись повестки дня {title}</translation>
    </message>
    <message>
        <source>option ({label})</source>
        <translation>вариант ({label})</translation>
    </message>
    <message>
        <source>funding source {name}</source>
        <translation>источник финансирования {name}</translation>
    </message>
    <message>
        <source>budget line {number} of option ({label})</source>
        <translation>строка бюджета {number} варианта ({label})</translation>
    </message>
    <message>
        <source>milestone of {date}</source>
        <translation>этап от {date}</translation>
    </message>
    <message>
        <source>summary section {number}</source>
        <translation>раздел резюме {number}</translation>
    </message>
    <message>
        <source>document {name}</source>
        <translation>документ {name}</translation>
    </message>
    <message>
        <source>{row}, {field}</source>
        <translation>{row}, {field}</translation>
    </message>
    <message numerus="yes">
        <source>as speaker of %n agenda items</source>
        <translation>
            <numerusform>из докладчиков %n пункта повестки дня</numerusform>
            <numerusform>из докладчиков %n пунктов повестки дня</numerusform>
            <numerusform>из докладчиков %n пунктов повестки дня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as chair of %n agenda items</source>
        <translation>
            <numerusform>из председателей %n пункта повестки дня</numerusform>
            <numerusform>из председателей %n пунктов повестки дня</numerusform>
            <numerusform>из председателей %n пунктов повестки дня</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>This also removes them {roles}.</source>
        <translation>Это также исключит их {roles}.</translation>
    </message>
    <message>
        <source>This also removes this person {roles}.</source>
        <translation>Это также исключит этого человека {roles}.</translation>
    </message>
    <message>
        <source>{text} is not a month (YYYY-MM)</source>
        <translation>{text} — не месяц (ГГГГ-ММ)</translation>
    </message>
    <message>
        <source>{key}: holds the control character {code}, which no XLSX or XLIFF file can keep; remove it from the text first</source>
        <translation>{key}: содержит управляющий символ {code}, который не сохранит ни один файл XLSX или XLIFF; сначала удалите его из текста</translation>
    </message>
    <message>
        <source>{path}: a translation file is .xlsx or .xlf</source>
        <translation>{path}: файл перевода — это .xlsx или .xlf</translation>
    </message>
    <message>
        <source>{path}: not an Excel workbook (.xlsx) ({error})</source>
        <translation>{path}: это не книга Excel (.xlsx) ({error})</translation>
    </message>
    <message>
        <source>{path}: no sheet {sheet} (sheets: {sheets})</source>
        <translation>{path}: нет листа {sheet} (листы: {sheets})</translation>
    </message>
    <message>
        <source>{path}: the sheet cannot be read ({error})</source>
        <translation>{path}: лист не удаётся прочитать ({error})</translation>
    </message>
    <message>
        <source>{path}: the sheet {sheet} is empty</source>
        <translation>{path}: лист {sheet} пуст</translation>
    </message>
    <message>
        <source>{path}: row 1: the columns are key, source, target (found {found})</source>
        <translation>{path}: строка 1: нужны столбцы key, source, target (найдены: {found})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>строка {number}</translation>
    </message>
    <message>
        <source>{path}: not an XLIFF file ({error})</source>
        <translation>{path}: не файл XLIFF ({error})</translation>
    </message>
    <message>
        <source>{path}: not an XLIFF 2.0 file</source>
        <translation>{path}: не файл XLIFF 2.0</translation>
    </message>
    <message>
        <source>{path}: unit {ident}: one segment expected</source>
        <translation>{path}: блок {ident}: ожидается один сегмент</translation>
    </message>
    <message>
        <source>unit {ident}</source>
        <translation>блок {ident}</translation>
    </message>
    <message>
        <source>{path}: the target language is {found}; expected one of {expected}</source>
        <translation>{path}: язык перевода — {found}; ожидается один из: {expected}</translation>
    </message>
    <message>
        <source>{path}: the source language is {found}, the plan&apos;s is {original}</source>
        <translation>{path}: исходный язык — {found}, а у плана — {original}</translation>
    </message>
    <message>
        <source>{path}: the file holds {held}, not {wanted}</source>
        <translation>{path}: файл на {held}, а не на {wanted}</translation>
    </message>
    <message>
        <source>French (fr)</source>
        <comment>a file is in it</comment>
        <translation>французском (fr)</translation>
    </message>
    <message>
        <source>Russian (ru)</source>
        <comment>a file is in it</comment>
        <translation>русском (ru)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <comment>a file is in it</comment>
        <translation>английском (en)</translation>
    </message>
    <message>
        <source>{path}: {row}</source>
        <translation>{path}: {row}</translation>
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation>{where}: {error}</translation>
    </message>
    <message>
        <source>{where}: the key {key} appears twice</source>
        <translation>{where}: ключ {key} встречается дважды</translation>
    </message>
    <message>
        <source>{where}: the text {key} no longer exists in the plan</source>
        <translation>{where}: текста {key} больше нет в плане</translation>
    </message>
    <message>
        <source>{where}: the source of {key} changed since the export (now {now}); export again</source>
        <translation>{where}: исходный текст {key} изменился после экспорта (теперь {now}); экспортируйте снова</translation>
    </message>
    <message>
        <source>{where}: the target of {key} is {length} characters, longer than the {limit} it holds</source>
        <translation>{where}: перевод {key} длиннее допустимого: {length} зн. при пределе {limit}</translation>
    </message>
    <message>
        <source>not a key of a translatable text: {text}</source>
        <translation>не ключ переводимого текста: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln French texts changed, {unchanged} unchanged</source>
        <translation>
            <numerusform>%Ln французский текст изменён, без изменений: {unchanged}</numerusform>
            <numerusform>%Ln французских текста изменены, без изменений: {unchanged}</numerusform>
            <numerusform>%Ln французских текстов изменено, без изменений: {unchanged}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Russian texts changed, {unchanged} unchanged</source>
        <translation>
            <numerusform>%Ln русский текст изменён, без изменений: {unchanged}</numerusform>
            <numerusform>%Ln русских текста изменены, без изменений: {unchanged}</numerusform>
            <numerusform>%Ln русских текстов изменено, без изменений: {unchanged}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln English texts changed, {unchanged} unchanged</source>
        <translation>
            <numerusform>%Ln английский текст изменён, без изменений: {unchanged}</numerusform>
            <numerusform>%Ln английских текста изменены, без изменений: {unchanged}</numerusform>
            <numerusform>%Ln английских текстов изменено, без изменений: {unchanged}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}:{row}: {column}: {problem}</source>
        <translation>{path}:{row}: {column}: {problem}</translation>
    </message>
    <message>
        <source>this column is given twice</source>
        <translation>этот столбец указан дважды</translation>
    </message>
    <message>
        <source>no Title column: every document needs a title (the columns are Symbol, Title, Type, Item, Words, Languages, Status)</source>
        <translation>нет столбца Title: у каждого документа должно быть название (столбцы: Symbol, Title, Type, Item, Words, Languages, Status)</translation>
    </message>
    <message>
        <source>{symbol} is also on row {row}</source>
        <translation>{symbol} есть и в строке {row}</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>длиннее {limit} зн.</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>название не заполнено</translation>
    </message>
    <message>
        <source>a date needs a status after drafting (submitted, edited, translated or issued)</source>
        <translation>для даты нужен статус после подготовки (submitted, edited, translated или issued)</translation>
    </message>
    <message>
        <source>{text} is not a whole number of words</source>
        <translation>{text} — не целое число слов</translation>
    </message>
    <message>
        <source>{text} is not a date (write YYYY-MM-DD)</source>
        <translation>{text} — не дата (пишите ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>{word} is not a language (write E, F, R or their names)</source>
        <translation>{word} — не язык (пишите E, F, R или их названия)</translation>
    </message>
    <message>
        <source>no status {given} (statuses: {known})</source>
        <translation>нет статуса {given} (статусы: {known})</translation>
    </message>
    <message>
        <source>no status {given}; did you mean {near}? (statuses: {known})</source>
        <translation>нет статуса {given}; может быть, {near}? (статусы: {known})</translation>
    </message>
    <message>
        <source>no type {given} (types: {known})</source>
        <translation>нет типа {given} (типы: {known})</translation>
    </message>
    <message>
        <source>no type {given}; did you mean {near}? (types: {known})</source>
        <translation>нет типа {given}; может быть, {near}? (типы: {known})</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>a PDF or Word file</source>
        <translation>PDF или файл Word</translation>
    </message>
    <message>
        <source>a Word file</source>
        <translation>файл Word</translation>
    </message>
    <message>
        <source>a calendar</source>
        <translation>календарь</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>a translation file</source>
        <translation>файл перевода</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>книгу Excel</translation>
    </message>
    <message>
        <source>the plan address is empty</source>
        <translation>адрес плана пуст</translation>
    </message>
    <message>
        <source>the plan name holds a control character</source>
        <translation>имя плана содержит управляющий символ</translation>
    </message>
    <message>
        <source>the plan name is empty</source>
        <translation>имя плана пусто</translation>
    </message>
    <message>
        <source>the plan name is longer than {limit} characters</source>
        <translation>имя плана длиннее {limit} символов</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation>порт — не число от 1 до 65535</translation>
    </message>
    <message>
        <source>{path}: a change was interrupted and the file is read-only, so it cannot be repaired; make it writable and open it again</source>
        <translation>{path}: изменение было прервано, а файл доступен только для чтения, поэтому его нельзя восстановить; разрешите запись в него и откройте снова</translation>
    </message>
    <message>
        <source>{path}: a new plan is made as a file; upload it then</source>
        <translation>{path}: новый план создаётся как файл; затем загрузите его на сервер</translation>
    </message>
    <message>
        <source>{path}: already exists; choose a new file name</source>
        <translation>{path}: уже существует; выберите другое имя файла</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({error})</source>
        <translation>{path}: не удаётся открыть ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({error})</source>
        <translation>{path}: не удаётся прочитать ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot be replaced, it is {in_use}</source>
        <translation>{path}: нельзя заменить, файл {in_use}</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({error})</source>
        <translation>{path}: не удаётся записать ({error})</translation>
    </message>
    <message>
        <source>{path}: could not be copied ({error})</source>
        <translation>{path}: не удалось скопировать ({error})</translation>
    </message>
    <message>
        <source>{path}: could not be upgraded (a reference in {table} does not hold)</source>
        <translation>{path}: не удалось обновить (ссылка в {table} недействительна)</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a plan file</source>
        <translation>{path}: это папка, а не файл плана</translation>
    </message>
    <message>
        <source>{path}: is a folder; name a file in it</source>
        <translation>{path}: это папка; укажите файл в ней</translation>
    </message>
    <message>
        <source>{path}: is a plan file; it is never written over (choose another name)</source>
        <translation>{path}: это файл плана; он никогда не перезаписывается (выберите другое имя)</translation>
    </message>
    <message>
        <source>{path}: needs upgrading but {why}</source>
        <translation>{path}: требуется обновление, но {why}</translation>
    </message>
    <message>
        <source>{path}: no backup taken ({error})</source>
        <translation>{path}: резервная копия не создана ({error})</translation>
    </message>
    <message>
        <source>{path}: no permission to write in this folder</source>
        <translation>{path}: нет права записи в эту папку</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: файл не найден</translation>
    </message>
    <message>
        <source>{path}: not a plan file (a database of another program)</source>
        <translation>{path}: не файл плана (база данных другой программы)</translation>
    </message>
    <message>
        <source>{path}: not a plan file (not a regular file)</source>
        <translation>{path}: не файл плана (не обычный файл)</translation>
    </message>
    <message>
        <source>{path}: not a plan file (not an SQLite database)</source>
        <translation>{path}: не файл плана (не база данных SQLite)</translation>
    </message>
    <message>
        <source>{path}: not a usable file name ({error})</source>
        <translation>{path}: недопустимое имя файла ({error})</translation>
    </message>
    <message>
        <source>{path}: not restored ({error})</source>
        <translation>{path}: не восстановлено ({error})</translation>
    </message>
    <message>
        <source>{path}: the file holds no plan</source>
        <translation>{path}: в файле нет плана</translation>
    </message>
    <message>
        <source>{path}: the file is damaged (no schema version)</source>
        <translation>{path}: файл повреждён (нет версии схемы)</translation>
    </message>
    <message>
        <source>{path}: the file is damaged (truncated: {size} of {expected} bytes)</source>
        <translation>{path}: файл повреждён (обрезан: {size} из {expected} байт)</translation>
    </message>
    <message>
        <source>{path}: the file is damaged ({error})</source>
        <translation>{path}: файл повреждён ({error})</translation>
    </message>
    <message>
        <source>{path}: the file is empty, not a plan</source>
        <translation>{path}: файл пуст, это не план</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; it is left unchanged</source>
        <translation>{path}: файл доступен только для чтения; он оставлен без изменений</translation>
    </message>
    <message>
        <source>{path}: this is the plan being read; choose another file</source>
        <translation>{path}: это план, который сейчас читается; выберите другой файл</translation>
    </message>
    <message>
        <source>{path}: written by a newer version of Consult Desktop (schema {revision}); update the program to open it</source>
        <translation>{path}: записан более новой версией Consult Desktop (схема {revision}); обновите программу, чтобы открыть его</translation>
    </message>
    <message>
        <source>{path}: {what} cannot be written with no suffix (use {use})</source>
        <translation>{path}: нельзя записать {what} без расширения (используйте {use})</translation>
    </message>
    <message>
        <source>{path}: {what} cannot be written with {suffix} (use {use})</source>
        <translation>{path}: нельзя записать {what} с расширением {suffix} (используйте {use})</translation>
    </message>
    <message>
        <source>{some} or {last}</source>
        <translation>{some} или {last}</translation>
    </message>
    <message>
        <source>{where}: a plan of that name is already there; choose another name, or --force to replace it</source>
        <translation>{where}: план с таким именем уже есть; выберите другое имя или укажите --force, чтобы заменить его</translation>
    </message>
    <message>
        <source>{where}: an address has no &apos;#&apos; part</source>
        <translation>{where}: в адресе не бывает части «#»</translation>
    </message>
    <message>
        <source>{where}: holds no plan</source>
        <translation>{where}: не содержит плана</translation>
    </message>
    <message>
        <source>{where}: no Consult Desktop plans here; run &apos;consult-desktop server init&apos; on this address first</source>
        <translation>{where}: здесь нет планов Consult Desktop; сначала выполните «consult-desktop server init» для этого адреса</translation>
    </message>
    <message>
        <source>{where}: no plan named {plan} on this server (&apos;consult-desktop plans&apos; lists them)</source>
        <translation>{where}: на этом сервере нет плана с именем {plan} (их список выводит «consult-desktop plans»)</translation>
    </message>
    <message>
        <source>{where}: not a plan address; give a file path or a postgresql://server/database?plan=NAME address</source>
        <translation>{where}: это не адрес плана; укажите путь к файлу или адрес postgresql://сервер/база?plan=ИМЯ</translation>
    </message>
    <message>
        <source>{where}: not a server address; it starts with postgresql://</source>
        <translation>{where}: это не адрес сервера; он начинается с postgresql://</translation>
    </message>
    <message>
        <source>{where}: not connected</source>
        <translation>{where}: нет соединения</translation>
    </message>
    <message>
        <source>{where}: the address holds a password; keep it in ~/.pgpass or a service file instead (the program never stores one)</source>
        <translation>{where}: адрес содержит пароль; храните его в ~/.pgpass или в файле служб (программа никогда не сохраняет пароли)</translation>
    </message>
    <message>
        <source>{where}: the connection was lost ({error})</source>
        <translation>{where}: соединение потеряно ({error})</translation>
    </message>
    <message>
        <source>{where}: the database name cannot hold &apos;/&apos;</source>
        <translation>{where}: имя базы данных не может содержать «/»</translation>
    </message>
    <message>
        <source>{where}: the database name is missing (…/DATABASE?plan=NAME)</source>
        <translation>{where}: не указано имя базы данных (…/БАЗА?plan=ИМЯ)</translation>
    </message>
    <message>
        <source>{where}: the part after &apos;?&apos; is not KEY=VALUE&amp;…</source>
        <translation>{where}: часть после «?» не в виде КЛЮЧ=ЗНАЧЕНИЕ&amp;…</translation>
    </message>
    <message>
        <source>{where}: the plan has schema {revision}; open it once, or run &apos;server init&apos;, to upgrade it</source>
        <translation>{where}: у плана схема {revision}; откройте его один раз или выполните «server init», чтобы обновить его</translation>
    </message>
    <message>
        <source>{where}: the plan needs upgrading (schema {revision}) and your role may not change it</source>
        <translation>{where}: план требует обновления (схема {revision}), а ваша роль не может его изменять</translation>
    </message>
    <message>
        <source>{where}: the plan&apos;s tables are missing</source>
        <translation>{where}: таблицы плана отсутствуют</translation>
    </message>
    <message>
        <source>{where}: the port is not a number</source>
        <translation>{where}: порт — не число</translation>
    </message>
    <message>
        <source>{where}: the port {port} is out of range</source>
        <translation>{where}: порт {port} вне допустимого диапазона</translation>
    </message>
    <message>
        <source>{where}: the role you connect as has no access to this plan; ask the server&apos;s administrator</source>
        <translation>{where}: у роли, под которой вы подключаетесь, нет доступа к этому плану; обратитесь к администратору сервера</translation>
    </message>
    <message>
        <source>{where}: the role you connect as is not allowed to do this ({error})</source>
        <translation>{where}: роли, под которой вы подключаетесь, это не разрешено ({error})</translation>
    </message>
    <message>
        <source>{where}: the role {role} has no access to this plan; ask the server&apos;s administrator</source>
        <translation>{where}: у роли {role} нет доступа к этому плану; обратитесь к администратору сервера</translation>
    </message>
    <message>
        <source>{where}: the role {role} is not allowed to do this ({error})</source>
        <translation>{where}: роли {role} это не разрешено ({error})</translation>
    </message>
    <message>
        <source>{where}: the server asks for a password ({error})</source>
        <translation>{where}: сервер запрашивает пароль ({error})</translation>
    </message>
    <message>
        <source>{where}: the server cannot be reached ({error})</source>
        <translation>{where}: сервер недоступен ({error})</translation>
    </message>
    <message>
        <source>{where}: unknown setting {key} (known: {known})</source>
        <translation>{where}: неизвестный параметр {key} (известные: {known})</translation>
    </message>
    <message>
        <source>{where}: which plan? add ?plan=NAME to the address</source>
        <translation>{where}: какой план? добавьте ?plan=ИМЯ к адресу</translation>
    </message>
    <message>
        <source>{where}: {key} is given twice</source>
        <translation>{where}: {key} указан дважды</translation>
    </message>
    <message>
        <source>the symbol is longer than {limit} characters</source>
        <translation>условное обозначение длиннее {limit} зн.</translation>
    </message>
    <message>
        <source>the original language must be 1 to {limit} characters</source>
        <translation>язык оригинала должен занимать от 1 до {limit} зн.</translation>
    </message>
    <message>
        <source>the agenda item is longer than {limit} characters</source>
        <translation>пункт повестки дня длиннее {limit} зн.</translation>
    </message>
    <message>
        <source>the meeting is longer than {limit} characters</source>
        <translation>название совещания длиннее {limit} зн.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <source>{in_use}; close it there to edit it here</source>
        <translation>{in_use}; закройте его там, чтобы редактировать здесь</translation>
    </message>
    <message>
        <source>its folder cannot be written to ({error})</source>
        <translation>в его папку нельзя записывать ({error})</translation>
    </message>
    <message>
        <source>in use by another window of this program since {since}</source>
        <translation>открыт в другом окне этой программы с {since}</translation>
    </message>
    <message>
        <source>in use by {user} on {host} since {since}</source>
        <translation>используется пользователем {user} на {host} с {since}</translation>
    </message>
    <message>
        <source>in use by another program</source>
        <translation>используется другой программой</translation>
    </message>
    <message>
        <source>your role on the server may only read it</source>
        <translation>ваша роль на сервере позволяет только читать его</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>row {number}, column {column}</source>
        <translation>строка {number}, столбец «{column}»</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Rate (USD)</source>
        <translation>Ставка (USD)</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Дата вступления в силу</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>a location is required</source>
        <translation>нужно указать место</translation>
    </message>
    <message>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation>{text} — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>{text} is not a budget category ({known})</source>
        <translation>{text} — не категория бюджета ({known})</translation>
    </message>
    <message>
        <source>{text} is not a unit ({known})</source>
        <translation>{text} — не единица ({known})</translation>
    </message>
    <message>
        <source>no funding source {text} (funding sources: {known})</source>
        <translation>нет источника финансирования {text} (источники финансирования: {known})</translation>
    </message>
    <message>
        <source>no funding source {text}; did you mean {near}? (funding sources: {known})</source>
        <translation>нет источника финансирования {text}; может быть, {near}? (источники финансирования: {known})</translation>
    </message>
    <message>
        <source>{path}: cannot read a file without a suffix: save it as CSV (.csv) or as an Excel workbook (.xlsx)</source>
        <translation>{path}: нельзя прочитать файл без расширения: сохраните его в формате CSV (.csv) или как книгу Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{path}: cannot read a {suffix} file: save it as CSV (.csv) or as an Excel workbook (.xlsx)</source>
        <translation>{path}: нельзя прочитать файл {suffix}: сохраните его в формате CSV (.csv) или как книгу Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{where}: the header row has no column {missing} (found: {found})</source>
        <translation>{where}: в строке заголовков нет столбца {missing} (найдены: {found})</translation>
    </message>
    <message numerus="yes">
        <source>{path}: more than %Ln rows</source>
        <translation>
            <numerusform>{path}: больше %Ln строки</numerusform>
            <numerusform>{path}: больше %Ln строк</numerusform>
            <numerusform>{path}: больше %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: the sheet {sheet} cannot be read ({error})</source>
        <translation>{path}: не удаётся прочитать лист {sheet} ({error})</translation>
    </message>
    <message>
        <source>{path}, sheet {sheet}</source>
        <translation>{path}, лист {sheet}</translation>
    </message>
    <message>
        <source>{path}: the workbook is empty</source>
        <translation>{path}: книга пуста</translation>
    </message>
    <message>
        <source>{where}: nothing to paste</source>
        <translation>{where}: нечего вставлять</translation>
    </message>
    <message>
        <source>the pasted rows</source>
        <translation>вставленные строки</translation>
    </message>
    <message>
        <source>{where}: no rates under the header row</source>
        <translation>{where}: под строкой заголовков нет ставок</translation>
    </message>
    <message>
        <source>required column missing</source>
        <translation>нет обязательного столбца</translation>
    </message>
    <message>
        <source>{column} (all rows)</source>
        <translation>{column} (все строки)</translation>
    </message>
    <message>
        <source>unreadable characters ({mark}): choose the file&apos;s encoding</source>
        <translation>нечитаемые символы ({mark}): выберите кодировку файла</translation>
    </message>
    <message>
        <source>{text}: a &quot;?&quot; stands for a letter the file could not hold (it was saved in an encoding without it): correct the name</source>
        <translation>{text}: «?» стоит вместо буквы, которую файл не смог сохранить (он записан в кодировке без неё): исправьте имя</translation>
    </message>
    <message>
        <source>{text} looks like {fixed} read in the wrong encoding: choose the file&apos;s encoding (UTF-8)</source>
        <translation>{text} похоже на {fixed}, прочитанное в неверной кодировке: выберите кодировку файла (UTF-8)</translation>
    </message>
    <message>
        <source>duplicate: {name}, {email} is also on row {row}</source>
        <translation>дубликат: {name}, {email} есть также в строке {row}</translation>
    </message>
    <message>
        <source>{name} (row {row})</source>
        <translation>{name} (строка {row})</translation>
    </message>
    <message>
        <source>{name}, already in the plan</source>
        <translation>{name}, уже в плане</translation>
    </message>
    <message>
        <source>{email} is also the email of {whose}: other names, so another person</source>
        <translation>{email} указан также у {whose}: имена другие, значит, это другой человек</translation>
    </message>
    <message>
        <source>{email} is also the email of {whose}: other names, so another person; {kept}</source>
        <translation>{email} указан также у {whose}: имена другие, значит, это другой человек; {kept}</translation>
    </message>
    <message>
        <source>same names and organisation as row {row}</source>
        <translation>те же имена и организация, что в строке {row}</translation>
    </message>
    <message>
        <source>the same participant as row {row}</source>
        <translation>тот же участник, что в строке {row}</translation>
    </message>
    <message>
        <source>stored without the email (a plan holds each email once)</source>
        <translation>сохраняется без адреса электронной почты (в плане каждый адрес хранится один раз)</translation>
    </message>
    <message>
        <source>{path}: this is a workbook (XLSX) or another zip file, not a CSV: import it as .xlsx</source>
        <translation>{path}: это книга Excel (XLSX) или другой zip-файл, а не CSV: импортируйте его как .xlsx</translation>
    </message>
    <message>
        <source>{path}: this is an old Excel workbook (.xls), not a CSV: save it as .xlsx or .csv</source>
        <translation>{path}: это старая книга Excel (.xls), а не CSV: сохраните её как .xlsx или .csv</translation>
    </message>
    <message>
        <source>{path}: this is a PDF, not a CSV</source>
        <translation>{path}: это PDF, а не CSV</translation>
    </message>
    <message>
        <source>{path}: this is not a text file (CSV): more than 5% of its first bytes are control codes</source>
        <translation>{path}: это не текстовый файл (CSV): более 5&#xa0;% его первых байтов — управляющие коды</translation>
    </message>
    <message>
        <source>{path}: unknown encoding {encoding}</source>
        <translation>{path}: неизвестная кодировка {encoding}</translation>
    </message>
    <message numerus="yes">
        <source>{path}: more than %Ln rows: not a list of participants</source>
        <translation>
            <numerusform>{path}: больше %Ln строки: это не список участников</numerusform>
            <numerusform>{path}: больше %Ln строк: это не список участников</numerusform>
            <numerusform>{path}: больше %Ln строк: это не список участников</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}:{line}: cannot be read as CSV ({error})</source>
        <translation>{path}:{line}: не читается как CSV ({error})</translation>
    </message>
    <message>
        <source>{path}: the file is empty (no header row)</source>
        <translation>{path}: файл пуст (нет строки заголовков)</translation>
    </message>
    <message>
        <source>{path}: the sheet {sheet} is empty (no header row)</source>
        <translation>{path}: лист {sheet} пуст (нет строки заголовков)</translation>
    </message>
    <message>
        <source>{path}: cannot import a file without suffix: save it as CSV (.csv) or as an Excel workbook (.xlsx)</source>
        <translation>{path}: нельзя импортировать файл без расширения: сохраните его в формате CSV (.csv) или как книгу Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{path}: cannot import a {suffix} file: save it as CSV (.csv) or as an Excel workbook (.xlsx)</source>
        <translation>{path}: нельзя импортировать файл {suffix}: сохраните его в формате CSV (.csv) или как книгу Excel (.xlsx)</translation>
    </message>
    <message>
        <source>no rate of exchange for {code} in {month} ({hint})</source>
        <translation>нет курса {code} за {month} ({hint})</translation>
    </message>
    <message>
        <source>import it or type it with Rates… on the Budget tab</source>
        <translation>импортируйте или введите его кнопкой «Ставки…» на вкладке «Бюджет»</translation>
    </message>
    <message>
        <source>no month chosen for the rate of exchange of {currency} (and the meeting has no dates)</source>
        <translation>не выбран месяц для курса {currency} (а у совещания нет дат)</translation>
    </message>
    <message>
        <source>cannot export the budget: {problems}</source>
        <translation>бюджет нельзя экспортировать: {problems}</translation>
    </message>
    <message>
        <source>({option}) line {number}: {problem}</source>
        <translation>({option}) строка {number}: {problem}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message numerus="yes">
        <source>wrote the budget of %n options to {path}</source>
        <translation>
            <numerusform>бюджет %n варианта записан в {path}</numerusform>
            <numerusform>бюджет %n вариантов записан в {path}</numerusform>
            <numerusform>бюджет %n вариантов записан в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>no addressees {to} (choose {known})</source>
        <translation>нет адресатов {to} (выберите {known})</translation>
    </message>
    <message>
        <source>the plan lists no member States; add them to the plan or write to the participants ({hint})</source>
        <translation>в плане нет государств-членов: добавьте их в план или пишите участникам ({hint})</translation>
    </message>
    <message>
        <source>To: Each participant</source>
        <translation>Кому: Каждый участник</translation>
    </message>
    <message>
        <source>the plan has no participants to write to</source>
        <translation>в плане нет участников, которым можно написать</translation>
    </message>
    <message>
        <source>the template names the field {field}, which is not one of {known}</source>
        <translation>в шаблоне есть поле {field}, которого нет среди {known}</translation>
    </message>
    <message>
        <source>the template names the field {field}, which the plan cannot fill: {why}</source>
        <translation>в шаблоне есть поле {field}, которое план не может заполнить: {why}</translation>
    </message>
    <message>
        <source>the plan has no milestone about nominations; {hint}</source>
        <translation>в плане нет этапа о выдвижении кандидатур; {hint}</translation>
    </message>
    <message>
        <source>add one on the Timeline tab</source>
        <translation>добавьте его на вкладке «Сроки»</translation>
    </message>
    <message>
        <source>the plan has no secretariat participant with an e-mail address</source>
        <translation>в плане нет участника от секретариата с адресом электронной почты</translation>
    </message>
    <message>
        <source>the plan has no meeting dates</source>
        <translation>в плане нет дат совещания</translation>
    </message>
    <message>
        <source>the plan has no venue</source>
        <translation>в плане не указано место проведения</translation>
    </message>
    <message>
        <source>it is empty for {addressee}</source>
        <translation>оно пусто для адресата {addressee}</translation>
    </message>
    <message>
        <source>the template is {error}</source>
        <translation>шаблон не читается: {error}</translation>
    </message>
    <message>
        <source>not a Word (.docx) document ({error})</source>
        <translation>это не документ Word (.docx) ({error})</translation>
    </message>
    <message>
        <source>the template names no field such as {example}; every letter would be the same</source>
        <translation>в шаблоне нет ни одного поля, такого как {example}; все письма были бы одинаковы</translation>
    </message>
    <message>
        <source>the plan&apos;s time zone {name} is not known</source>
        <translation>часовой пояс плана {name} неизвестен</translation>
    </message>
    <message>
        <source>milestone {number} no longer exists</source>
        <translation>этап {number} больше не существует</translation>
    </message>
    <message>
        <source>no nights: the meeting has no dates</source>
        <translation>нет ночей: у совещания нет дат</translation>
    </message>
    <message>
        <source>no DSA location: name it in Plan details, or import the DSA table of the venue&apos;s city ({hint})</source>
        <translation>не указано место для суточных: укажите его в «Сведениях о плане» или импортируйте таблицу суточных для города проведения ({hint})</translation>
    </message>
    <message>
        <source>no DSA rate for {location} ({hint})</source>
        <translation>нет ставки суточных для места {location} ({hint})</translation>
    </message>
    <message>
        <source>no DSA rate for {location} on {day} ({hint})</source>
        <translation>нет ставки суточных для места {location} на {day} ({hint})</translation>
    </message>
    <message>
        <source>no rate of exchange for {currency} to convert the DSA ({hint})</source>
        <translation>нет курса {currency} для пересчёта суточных ({hint})</translation>
    </message>
    <message>
        <source>import it with Rates… on the Budget tab</source>
        <translation>импортируйте её кнопкой «Ставки…» на вкладке «Бюджет»</translation>
    </message>
    <message>
        <source>Ticket {ticket} + {nights} × DSA {dsa} + terminal {terminal} = {amount}</source>
        <translation>Билет {ticket} + {nights} × суточные {dsa} + терминальные {terminal} = {amount}</translation>
    </message>
    <message>
        <source>{note} ({problem})</source>
        <translation>{note} ({problem})</translation>
    </message>
</context>
<context>
    <name>PlanContext</name>
    <message>
        <source>{change}: not saved ({error})</source>
        <translation>{change}: не сохранено ({error})</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <source>Princip&amp;al organ</source>
        <translation>&amp;Главный орган</translation>
    </message>
    <message>
        <source>e.g. Economic and Social Council</source>
        <translation>например Экономический и Социальный Совет</translation>
    </message>
    <message>
        <source>Commissio&amp;n</source>
        <translation>&amp;Комиссия</translation>
    </message>
    <message>
        <source>e.g. Economic Commission for Europe</source>
        <translation>например Европейская экономическая комиссия</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>С&amp;ессия</translation>
    </message>
    <message>
        <source>e.g. Ninety-first meeting</source>
        <translation>например девяносто первое совещание</translation>
    </message>
    <message>
        <source>Members&apos; &amp;heading</source>
        <translation>Заголовок &amp;членов</translation>
    </message>
    <message>
        <source>e.g. States members of the Commission</source>
        <translation>например государства — члены Комиссии</translation>
    </message>
    <message>
        <source>Non-mem&amp;bers&apos; heading</source>
        <translation>&amp;Заголовок нечленов</translation>
    </message>
    <message>
        <source>e.g. States not members of the Commission</source>
        <translation>например государства, не являющиеся членами Комиссии</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Сведения о плане</translation>
    </message>
    <message>
        <source>empty: the one the venue names</source>
        <translation>пусто: по месту проведения</translation>
    </message>
    <message>
        <source>The location of the DSA table whose rate the travellers get, e.g. Geneva</source>
        <translation>Место в таблице суточных, по ставке которого получают суточные участники, например Женева</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Организатор</translation>
    </message>
    <message>
        <source>&amp;Governing body</source>
        <translation>&amp;Руководящий орган</translation>
    </message>
    <message>
        <source>&amp;Mandate</source>
        <translation>&amp;Мандат</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>Место прове&amp;дения</translation>
    </message>
    <message>
        <source>DSA &amp;location</source>
        <translation>Место для &amp;суточных</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Часовой &amp;пояс</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <source>Default &amp;PSC rate</source>
        <translation>С&amp;тавка РПП по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Document symbol prefix</source>
        <translation>Префикс &amp;условных обозначений</translation>
    </message>
    <message>
        <source>Meeting &amp;starts</source>
        <translation>Нача&amp;ло совещания</translation>
    </message>
    <message>
        <source>Meeting &amp;ends</source>
        <translation>Оконч&amp;ание совещания</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The desktop&apos;s language ({name})</source>
        <translation>Язык рабочего стола ({name})</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Язык окна</translation>
    </message>
    <message>
        <source>The new language applies when the program is next started. Printed documents keep their own language.</source>
        <translation>Новый язык применяется при следующем запуске программы. Печатные документы сохраняют свой собственный язык.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print: {title}</source>
        <translation>Печать: {title}</translation>
    </message>
    <message>
        <source>Include contact details (personal data)</source>
        <translation>Включить контактные данные (персональные данные)</translation>
    </message>
    <message>
        <source>Name the chair and speakers of each item</source>
        <translation>Указать председателя и выступающих по каждому пункту</translation>
    </message>
    <message>
        <source>All options side by side</source>
        <translation>Все варианты рядом</translation>
    </message>
    <message>
        <source>Option ({label}): {title}</source>
        <translation>Вариант {label}): {title}</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Сохранить в &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Документы…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Сохранить в Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Порядок страниц:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Список страниц:</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Rates</source>
        <translation>Ставки</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>DSA a night (USD)</source>
        <translation>Суточные за ночь (долл. США)</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Units per USD</source>
        <translation>Единиц за доллар</translation>
    </message>
    <message>
        <source>Import &amp;DSA table…</source>
        <translation>Импорт таблицы &amp;суточных…</translation>
    </message>
    <message>
        <source>Import rates of &amp;exchange…</source>
        <translation>Импорт обменных &amp;курсов…</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>ГГГГ-ММ</translation>
    </message>
    <message>
        <source>units per USD</source>
        <translation>единиц за доллар</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Добавить ставку</translation>
    </message>
    <message>
        <source>Daily subsistence allowance (ICSC)</source>
        <translation>Суточные (КМГС)</translation>
    </message>
    <message>
        <source>UN operational rates of exchange</source>
        <translation>Операционные обменные курсы ООН</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: </source>
        <translation>Ничего не импортировано: </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Import rates</source>
        <translation>Импорт ставок</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>A copy of each plan is kept before its first change after opening, and every ten minutes while it changes (the last {keep}). Restoring writes the copy to a new file of your choice; the copy itself stays as it is.</source>
        <translation>Копия каждого плана сохраняется перед его первым изменением после открытия и затем каждые десять минут, пока он меняется (последние {keep}). При восстановлении копия записывается в новый файл по вашему выбору; сама копия остаётся без изменений.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Deadline rules</source>
        <translation>Правила сроков</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Weeks before the meeting</source>
        <translation>Недель до совещания</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Добавить правило</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Удалить правило</translation>
    </message>
    <message>
        <source>Each rule suggests a deadline counted back from the meeting&apos;s first day.</source>
        <translation>Каждое правило предлагает срок, отсчитываемый назад от первого дня совещания.</translation>
    </message>
</context>
<context>
    <name>ServerOpen</name>
    <message>
        <source>your role</source>
        <translation>вашей роли</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>%1

Password of %2 on %3:</source>
        <translation>%1

Пароль %2 на %3:</translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <source>{problem}; what others change is not shown until it is back (trying again every few seconds)</source>
        <translation>{problem}; изменения других пользователей не отображаются, пока связь не восстановится (повторные попытки каждые несколько секунд)</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Write the summary of the discussion here.</source>
        <translation>Напишите здесь резюме обсуждения.</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph; a line starting with “- ” or “• ” is a bullet. Saved as you pause or leave the section; Edit &gt; Undo takes back a visit. Alt+Down and Alt+Up: next and previous section; F6: the list or the editor.</source>
        <translation>Пустая строка начинает новый абзац; строка, начинающаяся с «- » или «• », — пункт списка. Сохраняется при паузе или выходе из раздела; Правка &gt; Отменить отменяет одно посещение. Alt+Вниз и Alt+Вверх: следующий и предыдущий раздел; F6: список или редактор.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Предварительный просмотр&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Следующий раздел</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>&amp;Предыдущий раздел</translation>
    </message>
    <message>
        <source>Switch between the list and the editor</source>
        <translation>Переключиться между списком и редактором</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>&amp;Add milestone…</source>
        <translation>&amp;Добавить этап…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Отметить &amp;выполненным</translation>
    </message>
    <message>
        <source>Deadline &amp;rules…</source>
        <translation>&amp;Правила сроков…</translation>
    </message>
    <message>
        <source>A&amp;ccept suggestion</source>
        <translation>П&amp;ринять предложение</translation>
    </message>
    <message>
        <source>Accept a&amp;ll suggestions</source>
        <translation>Принять &amp;все предложения</translation>
    </message>
    <message>
        <source>Documents due ({count}): {symbols}</source>
        <translation>Срок сдачи документов ({count}): {symbols}</translation>
    </message>
    <message numerus="yes">
        <source>{date}: {title} (%n week(s) before)</source>
        <translation>
            <numerusform>{date}: {title} (за %n неделю)</numerusform>
            <numerusform>{date}: {title} (за %n недели)</numerusform>
            <numerusform>{date}: {title} (за %n недель)</numerusform>
        </translation>
    </message>
    <message>
        <source>from the first day, {date}</source>
        <translation>от первого дня, {date}</translation>
    </message>
    <message>
        <source>(no meeting dates yet)</source>
        <translation>(дат совещания пока нет)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested deadlines&lt;/b&gt; {anchor}</source>
        <translation>&lt;b&gt;Предлагаемые сроки&lt;/b&gt; {anchor}</translation>
    </message>
    <message>
        <source>No warnings: the plan fits its dates.</source>
        <translation>Предупреждений нет: план укладывается в свои даты.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt; ({n})</source>
        <translation>&lt;b&gt;Предупреждения&lt;/b&gt; ({n})</translation>
    </message>
    <message>
        <source>Mark not d&amp;one</source>
        <translation>Отметить &amp;невыполненным</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Today, {date}</source>
        <translation>Сегодня, {date}</translation>
    </message>
    <message>
        <source>Option ({label}): {days}</source>
        <translation>Вариант {label}): {days}</translation>
    </message>
    <message>
        <source>  (too late)</source>
        <translation>  (слишком поздно)</translation>
    </message>
    <message>
        <source>Option ({label}) {title}</source>
        <translation>Вариант {label}) {title}</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (выполнено)</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Фактически</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Отклонение</translation>
    </message>
</context>
<context>
    <name>TranslationsModel</name>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (оригинал)</translation>
    </message>
    <message>
        <source>%1 (editing)</source>
        <translation>%1 (редактируется)</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>нет перевода</translation>
    </message>
    <message>
        <source>No %1 version: the original prints in its place</source>
        <translation>Нет версии (%1): вместо неё печатается оригинал</translation>
    </message>
</context>
<context>
    <name>TranslationsWindow</name>
    <message>
        <source>Texts in other languages</source>
        <translation>Тексты на других языках</translation>
    </message>
    <message>
        <source>Only &amp;untranslated texts</source>
        <translation>Только &amp;непереведённые тексты</translation>
    </message>
    <message>
        <source>Find a text…</source>
        <translation>Найти текст…</translation>
    </message>
    <message>
        <source>&amp;Edit the versions in:</source>
        <translation>&amp;Редактировать версии на языке:</translation>
    </message>
    <message>
        <source>E&amp;xport for translators…</source>
        <translation>&amp;Экспорт для переводчиков…</translation>
    </message>
    <message>
        <source>&amp;Import translations…</source>
        <translation>&amp;Импорт переводов…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 texts have a version; %4 untranslated (marked), where the original prints</source>
        <translation>%1: версия есть у %2 из %3 текстов; без перевода %4 (выделены), вместо них печатается оригинал</translation>
    </message>
    <message>
        <source>%1 (original):</source>
        <translation>%1 (оригинал):</translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation>&amp;%1:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>нет перевода</translation>
    </message>
    <message>
        <source>untranslated: type the %1 version here</source>
        <translation>нет перевода: введите здесь версию (%1)</translation>
    </message>
    <message>
        <source>%1: the %2 version is %3 characters, longer than the %4 this field holds</source>
        <translation>%1: версия (%2) содержит %3 знаков, больше допустимых для этого поля %4</translation>
    </message>
    <message>
        <source>Export for translators</source>
        <translation>Экспорт для переводчиков</translation>
    </message>
    <message>
        <source>Translation files (*.xlsx *.xlf *.xliff)</source>
        <translation>Файлы переводов (*.xlsx *.xlf *.xliff)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln texts to {path}</source>
        <translation>
            <numerusform>%Ln текст записан в {path}</numerusform>
            <numerusform>%Ln текста записаны в {path}</numerusform>
            <numerusform>%Ln текстов записано в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Импорт переводов</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>The meeting has no dates yet: nights cannot be counted.</source>
        <translation>У совещания ещё нет дат: ночи подсчитать нельзя.</translation>
    </message>
    <message>
        <source>{stay}; no DSA location: import the DSA table of the venue&apos;s city.</source>
        <translation>{stay}; не указано место для суточных: импортируйте таблицу суточных для города проведения.</translation>
    </message>
    <message>
        <source>{stay}; no DSA rate for {location} on {arrival}.</source>
        <translation>{stay}; нет ставки суточных для места {location} на {arrival}.</translation>
    </message>
    <message>
        <source>{stay}; DSA of {location}: {amount} a night.</source>
        <translation>{stay}; суточные для места {location}: {amount} за ночь.</translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation>Поездки</translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждена</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Билет</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Ночи</translation>
    </message>
    <message>
        <source>DSA a night (USD)</source>
        <translation>Суточные за ночь (долл. США)</translation>
    </message>
    <message>
        <source>Subsistence</source>
        <translation>Суточные</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминальные</translation>
    </message>
    <message>
        <source>Travel support</source>
        <translation>Оплата поездки</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>&amp;Travel costs…</source>
        <translation>&amp;Расходы на поездку…</translation>
    </message>
    <message>
        <source>Ticket, nights, DSA and terminal expenses of the traveller</source>
        <translation>Билет, ночи, суточные и терминальные расходы участника</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>Approved travellers: %n, travel support %1</source>
        <translation>
            <numerusform>Утверждённых поездок: %n, оплата %1</numerusform>
            <numerusform>Утверждённых поездок: %n, оплата %1</numerusform>
            <numerusform>Утверждённых поездок: %n, оплата %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>TravelWords</name>
    <message numerus="yes">
        <source>%n night(s) (arrival {arrival}, the day before)</source>
        <translation>
            <numerusform>%n ночь (прибытие {arrival}, накануне)</numerusform>
            <numerusform>%n ночи (прибытие {arrival}, накануне)</numerusform>
            <numerusform>%n ночей (прибытие {arrival}, накануне)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <source>Travel costs of %1</source>
        <translation>Расходы на поездку: %1</translation>
    </message>
    <message>
        <source>empty: the travel amount as typed</source>
        <translation>пусто: сумма на поездку в том виде, как она введена</translation>
    </message>
    <message>
        <source>empty: %1 from the meeting&apos;s days</source>
        <translation>пусто: %1 по дням совещания</translation>
    </message>
    <message>
        <source>empty: the DSA table&apos;s rate</source>
        <translation>пусто: ставка из таблицы суточных</translation>
    </message>
    <message>
        <source>&amp;Ticket (%1)</source>
        <translation>&amp;Билет (%1)</translation>
    </message>
    <message>
        <source>&amp;Nights</source>
        <translation>&amp;Ночи</translation>
    </message>
    <message>
        <source>&amp;DSA a night (USD)</source>
        <translation>&amp;Суточные за ночь (долл. США)</translation>
    </message>
    <message>
        <source>T&amp;erminal expenses (%1)</source>
        <translation>&amp;Терминальные расходы (%1)</translation>
    </message>
    <message>
        <source>Travel support</source>
        <translation>Оплата поездки</translation>
    </message>
    <message>
        <source>the amount typed in the participant&apos;s form</source>
        <translation>сумма, введённая в карточке участника</translation>
    </message>
    <message>
        <source> (no DSA rate: nights not counted)</source>
        <translation> (нет ставки суточных: ночи не учитываются)</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>&lt;p&gt;Plan an intergovernmental consultation meeting offline, from the options paper to the printed meeting pack.&lt;/p&gt;&lt;p&gt;{licence}. Printed documents use the DejaVu Sans fonts (their own free licence, shipped with the program).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Планирование межправительственного консультативного совещания без сети — от записки о вариантах до печатного пакета документов совещания.&lt;/p&gt;&lt;p&gt;{licence}. В печатных документах используются шрифты DejaVu Sans (под собственной свободной лицензией, прилагаемой к программе).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>Лицензия MIT</translation>
    </message>
</context>
<context>
    <name>server_open</name>
    <message>
        <source>Open from server</source>
        <translation>Открыть с сервера</translation>
    </message>
    <message>
        <source>Address of the plan (the password comes from ~/.pgpass or a service file):</source>
        <translation>Адрес плана (пароль берётся из ~/.pgpass или файла служб):</translation>
    </message>
    <message>
        <source>{problem}; what others change is not shown</source>
        <translation>{problem}; изменения других пользователей не отображаются</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Варианты</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Бюджет</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Пов&amp;естка дня</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Сро&amp;ки</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Резюме</translation>
    </message>
    <message>
        <source>Do&amp;cuments</source>
        <translation>&amp;Документы</translation>
    </message>
</context>
<context>
    <name>tips</name>
    <message>
        <source>Add an option after the last one, with the plan&apos;s dates and venue</source>
        <translation>Добавить вариант после последнего, с датами и местом проведения плана</translation>
    </message>
    <message>
        <source>Copy the selected option, its budget lines included</source>
        <translation>Копировать выделенный вариант вместе с бюджетными строками</translation>
    </message>
    <message>
        <source>Delete the selected option and its budget lines (undo brings them back)</source>
        <translation>Удалить выделенный вариант и его бюджетные строки (отмена возвращает их)</translation>
    </message>
    <message>
        <source>Move the selected option up: options are lettered in order</source>
        <translation>Переместить выделенный вариант выше: варианты обозначаются буквами по порядку</translation>
    </message>
    <message>
        <source>Move the selected option down: options are lettered in order</source>
        <translation>Переместить выделенный вариант ниже: варианты обозначаются буквами по порядку</translation>
    </message>
    <message>
        <source>Add a cost line to the option shown</source>
        <translation>Добавить строку расходов к показанному варианту</translation>
    </message>
    <message>
        <source>Delete the selected cost lines</source>
        <translation>Удалить выделенные строки расходов</translation>
    </message>
    <message>
        <source>Name the funding sources and the programme support cost rate each charges</source>
        <translation>Указать источники финансирования и ставку расходов на поддержку программ каждого</translation>
    </message>
    <message>
        <source>Type a new participant&apos;s details</source>
        <translation>Ввести данные нового участника</translation>
    </message>
    <message>
        <source>Change the selected participant&apos;s details</source>
        <translation>Изменить данные выделенного участника</translation>
    </message>
    <message>
        <source>Remove the selected participants from the list</source>
        <translation>Удалить выделенных участников из списка</translation>
    </message>
    <message>
        <source>Add participants from a CSV or Excel list, checked before anything is added</source>
        <translation>Добавить участников из списка CSV или Excel с проверкой до добавления</translation>
    </message>
    <message>
        <source>Write the participants shown to a CSV or Excel file</source>
        <translation>Записать показанных участников в файл CSV или Excel</translation>
    </message>
    <message>
        <source>Search the visible columns</source>
        <translation>Искать по видимым столбцам</translation>
    </message>
    <message>
        <source>Change the status of every selected participant</source>
        <translation>Изменить статус всех выделенных участников</translation>
    </message>
    <message>
        <source>Add an agenda item after the selected one</source>
        <translation>Добавить пункт повестки дня после выделенного</translation>
    </message>
    <message>
        <source>Add a coffee break after the selected item</source>
        <translation>Добавить перерыв на кофе после выделенного пункта</translation>
    </message>
    <message>
        <source>Add the lunch break after the selected item</source>
        <translation>Добавить обеденный перерыв после выделенного пункта</translation>
    </message>
    <message>
        <source>Change the selected item: title, time, room, chair, speakers</source>
        <translation>Изменить выделенный пункт: название, время, зал, председателя, выступающих</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Удалить выделенный пункт</translation>
    </message>
    <message>
        <source>Move the selected item before the one above it</source>
        <translation>Поставить выделенный пункт перед предыдущим</translation>
    </message>
    <message>
        <source>Move the selected item after the one below it</source>
        <translation>Поставить выделенный пункт после следующего</translation>
    </message>
    <message>
        <source>Move the selected item to another day of the meeting</source>
        <translation>Перенести выделенный пункт на другой день совещания</translation>
    </message>
    <message>
        <source>Add a deadline, meeting or other milestone</source>
        <translation>Добавить срок, совещание или другой этап</translation>
    </message>
    <message>
        <source>Change the selected milestone</source>
        <translation>Изменить выделенный этап</translation>
    </message>
    <message>
        <source>Delete the selected milestone</source>
        <translation>Удалить выделенный этап</translation>
    </message>
    <message>
        <source>Tick the selected milestone as done, or not done</source>
        <translation>Отметить выделенный этап как выполненный или невыполненный</translation>
    </message>
    <message>
        <source>Set how many weeks before the meeting each usual deadline falls</source>
        <translation>Задать, за сколько недель до совещания наступает каждый обычный срок</translation>
    </message>
    <message>
        <source>Add the selected suggested deadline as a milestone</source>
        <translation>Добавить выделенный предлагаемый срок как этап</translation>
    </message>
    <message>
        <source>Add every suggested deadline as a milestone</source>
        <translation>Добавить все предлагаемые сроки как этапы</translation>
    </message>
    <message>
        <source>Add a document written elsewhere: a background paper, an information document, a conference room paper</source>
        <translation>Добавить документ, подготовленный в другом месте: справочный документ, информационный документ, документ зала заседаний</translation>
    </message>
    <message>
        <source>Change the selected document: languages, deadline, status</source>
        <translation>Изменить выделенный документ: языки, срок, статус</translation>
    </message>
    <message>
        <source>Remove the selected document written elsewhere (the program&apos;s own documents stay)</source>
        <translation>Удалить выделенный документ, подготовленный в другом месте (документы самой программы остаются)</translation>
    </message>
    <message>
        <source>Add or update documents from a CSV or Excel table: every row, or none when one has a problem</source>
        <translation>Добавить или обновить документы из таблицы CSV или Excel: все строки или ни одной, если в одной из них ошибка</translation>
    </message>
    <message>
        <source>Go to the next section of the summary</source>
        <translation>Перейти к следующему разделу резюме</translation>
    </message>
    <message>
        <source>Go to the previous section of the summary</source>
        <translation>Перейти к предыдущему разделу резюме</translation>
    </message>
    <message>
        <source>Move the focus between the list of sections and the text</source>
        <translation>Переместить фокус между списком разделов и текстом</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Обед</translation>
    </message>
    <message>
        <source>Side event</source>
        <translation>Параллельное мероприятие</translation>
    </message>
    <message>
        <source>Temporary staff / GTA</source>
        <translation>Временный персонал общего назначения</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Консультанты</translation>
    </message>
    <message>
        <source>Participants&apos; travel</source>
        <translation>Поездки участников</translation>
    </message>
    <message>
        <source>Staff travel</source>
        <translation>Поездки сотрудников</translation>
    </message>
    <message>
        <source>Conference servicing: interpretation</source>
        <translation>Конференционное обслуживание: устный перевод</translation>
    </message>
    <message>
        <source>Conference servicing: translation and documents</source>
        <translation>Конференционное обслуживание: письменный перевод и документация</translation>
    </message>
    <message>
        <source>Conference servicing: rooms and equipment</source>
        <translation>Конференционное обслуживание: залы и оборудование</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Представительские расходы</translation>
    </message>
    <message>
        <source>work-month</source>
        <translation>человеко-месяц</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>поездка</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>page</source>
        <translation>страница</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>паушальная сумма</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Ограниченное</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Для служебного пользования</translation>
    </message>
    <message>
        <source>Informal document</source>
        <translation>Неофициальный документ</translation>
    </message>
    <message>
        <source>Provisional annotated agenda</source>
        <translation>Предварительная повестка дня с аннотациями</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Список участников</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Options note</source>
        <translation>Записка о вариантах</translation>
    </message>
    <message>
        <source>Summary of discussions</source>
        <translation>Резюме обсуждений</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Пакет документов совещания</translation>
    </message>
    <message>
        <source>Extrabudgetary</source>
        <translation>Внебюджетные средства</translation>
    </message>
    <message>
        <source>Regular budget</source>
        <translation>Регулярный бюджет</translation>
    </message>
    <message>
        <source>Existing resources</source>
        <translation>Имеющиеся ресурсы</translation>
    </message>
    <message>
        <source>Mandate deadline</source>
        <translation>Срок по мандату</translation>
    </message>
    <message>
        <source>Related meeting</source>
        <translation>Смежное совещание</translation>
    </message>
    <message>
        <source>Document deadline</source>
        <translation>Срок документа</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>Outcome due</source>
        <translation>Срок итогов</translation>
    </message>
    <message>
        <source>Self-standing multi-stakeholder meeting</source>
        <translation>Отдельное совещание с участием многих заинтересованных сторон</translation>
    </message>
    <message>
        <source>Extended session of the governing body</source>
        <translation>Расширенная сессия руководящего органа</translation>
    </message>
    <message>
        <source>Virtual or hybrid meeting</source>
        <translation>Виртуальное или гибридное совещание</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложен</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Рекомендован</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Выбран</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Member State of the body</source>
        <translation>Государство — член органа</translation>
    </message>
    <message>
        <source>Other State</source>
        <translation>Другое государство</translation>
    </message>
    <message>
        <source>United Nations Secretariat</source>
        <translation>Секретариат Организации Объединённых Наций</translation>
    </message>
    <message>
        <source>United Nations body or regional commission</source>
        <translation>Орган Организации Объединённых Наций или региональная комиссия</translation>
    </message>
    <message>
        <source>Specialized agency</source>
        <translation>Специализированное учреждение</translation>
    </message>
    <message>
        <source>Intergovernmental organization</source>
        <translation>Межправительственная организация</translation>
    </message>
    <message>
        <source>Non-governmental organization or other stakeholder</source>
        <translation>Неправительственная организация или другая заинтересованная сторона</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Secretariat staff</source>
        <translation>Сотрудник секретариата</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Приглашён</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Назначен</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтвердил участие</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказался</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <source>Discussion of an agenda item</source>
        <translation>Обсуждение пункта повестки дня</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Основные идеи</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Fixed figure</source>
        <translation>Фиксированная сумма</translation>
    </message>
    <message>
        <source>Funded participants x average cost per trip</source>
        <translation>Участники с оплатой поездки × средняя стоимость поездки</translation>
    </message>
    <message>
        <source>Sum of approved travel amounts</source>
        <translation>Сумма утверждённых расходов на поездки</translation>
    </message>
    <message>
        <source>Name tents</source>
        <translation>Таблички с именами</translation>
    </message>
    <message>
        <source>List of documents</source>
        <translation>Список документов</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Готовится</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Отредактирован</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Переведён</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выпущен</translation>
    </message>
    <message>
        <source>Official document</source>
        <translation>Официальный документ</translation>
    </message>
    <message>
        <source>Conference room paper</source>
        <translation>Документ зала заседаний</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Бейджи</translation>
    </message>
</context>
</TS>
