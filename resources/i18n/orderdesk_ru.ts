<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../forms/client_card.ui" line="22" />
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="28" />
        <source>Price column:</source>
        <translation>Колонка цен:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="34" />
        <source>Credit terms:</source>
        <translation>Условия кредита:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="40" />
        <source>Delivery:</source>
        <translation>Доставка:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="46" />
        <source>BIN/IIN:</source>
        <translation>БИН/ИИН:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="56" />
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="65" />
        <source>Last orders</source>
        <translation>Последние заказы</translation>
    </message>
</context>
<context>
    <name>ClientCardWidget</name>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="39" />
        <source>No client on screen</source>
        <translation>Клиент не выбран</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="41" />
        <source>Type a phone number, client code, BIN/IIN or part of the name above.</source>
        <translation>Введите выше телефон, код клиента, БИН/ИИН или часть названия.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="64" />
        <source>until %s</source>
        <translation>до %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="67" />
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="70" />
        <source>limit %s, payment within %d days</source>
        <translation>лимит %s, отсрочка %d дн.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="82" />
        <source>fax %s</source>
        <translation>факс %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="85" />
        <source>receives goods</source>
        <translation>принимает товар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="87" />
        <source>no contacts</source>
        <translation>нет контактов</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="70" />
        <source>Today: %d calls (%d in, %d out), %d orders taken</source>
        <translation>Сегодня: звонков %d (вх. %d, исх. %d), заказов принято %d</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="31" />
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="43" />
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="62" />
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="64" />
        <source>Cannot sign in: %s</source>
        <translation>Не удалось войти: %s</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="6" />
        <source>OrderDesk: sign in</source>
        <translation>OrderDesk: вход</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="11" />
        <source>Sign in to take calls</source>
        <translation>Войдите, чтобы принимать звонки</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="18" />
        <source>&amp;User name:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="29" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="41" />
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="122" />
        <source>%d clients found</source>
        <translation>Найдено клиентов: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="149" />
        <source>connected</source>
        <translation>подключено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="152" />
        <source>database unreachable: retrying</source>
        <translation>база данных недоступна: повторяем</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="156" />
        <source>Database error: %s</source>
        <translation>Ошибка базы данных: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="164" />
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="169" />
        <source>About OrderDesk</source>
        <translation>О программе OrderDesk</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="170" />
        <source>OrderDesk %s
The telephone order desk of a wholesale food distributor.</source>
        <translation>OrderDesk %s
Приём заказов по телефону для оптового дистрибьютора продуктов питания.</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="6" />
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="14" />
        <source>&amp;Caller / client:</source>
        <translation>&amp;Звонящий / клиент:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="20" />
        <source>Phone, client code, BIN/IIN or part of the name</source>
        <translation>Телефон, код клиента, БИН/ИИН или часть названия</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="26" />
        <source>F3 search · Enter open · Esc clear</source>
        <translation>F3 поиск · Enter открыть · Esc очистить</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="65" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="71" />
        <source>&amp;Client</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="77" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="82" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="93" />
        <source>Call journal: today</source>
        <translation>Журнал звонков: сегодня</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="106" />
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти из учётной записи</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="107" />
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="110" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="111" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="114" />
        <source>&amp;Find caller or client</source>
        <translation>&amp;Найти звонящего или клиента</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="115" />
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="118" />
        <source>&amp;Open selected card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="119" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="122" />
        <source>&amp;Clear search</source>
        <translation>&amp;Очистить поиск</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="123" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="126" />
        <source>Call &amp;journal</source>
        <translation>&amp;Журнал звонков</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="127" />
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="130" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="131" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="134" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="135" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="138" />
        <source>&amp;About OrderDesk</source>
        <translation>&amp;О программе OrderDesk</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="95" />
        <source>active</source>
        <translation>активный</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="96" />
        <source>potential</source>
        <translation>потенциальный</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="97" />
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="100" />
        <source>order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="101" />
        <source>information</source>
        <translation>справка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="102" />
        <source>complaint</source>
        <translation>жалоба</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="103" />
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="106" />
        <source>in progress</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="107" />
        <source>order taken</source>
        <translation>заказ принят</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="108" />
        <source>information given</source>
        <translation>справка дана</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="109" />
        <source>transferred</source>
        <translation>переведён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="110" />
        <source>consulted</source>
        <translation>консультация</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="111" />
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="112" />
        <source>busy</source>
        <translation>занято</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="113" />
        <source>refused</source>
        <translation>отказ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="114" />
        <source>callback scheduled</source>
        <translation>назначен перезвон</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="115" />
        <source>complaint registered</source>
        <translation>жалоба зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="119" />
        <source>in</source>
        <translation>вх.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="119" />
        <source>out</source>
        <translation>исх.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="121" />
        <location filename="../../orderdesk_gui/ui/models.py" line="168" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="122" />
        <source>Sales manager</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="123" />
        <source>Head of sales</source>
        <translation>Руководитель продаж</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="124" />
        <source>Finance</source>
        <translation>Финансы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="125" />
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="128" />
        <source>available</source>
        <translation>на месте</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="129" />
        <source>away</source>
        <translation>отошёл</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="130" />
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="141" />
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="142" />
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="143" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="144" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="145" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="146" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="155" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="157" />
        <source>In/out</source>
        <translation>Вх./исх.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="160" />
        <source>Client or number</source>
        <translation>Клиент или номер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="161" />
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="162" />
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="164" />
        <source>Duration</source>
        <translation>Длит.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="169" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="178" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="179" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="180" />
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="181" />
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
</context>
<context>
    <name>OrderArea</name>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="23" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="24" />
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="25" />
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="26" />
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="27" />
        <source>Pack</source>
        <translation>Упак.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="28" />
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="29" />
        <source>Disc.</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="30" />
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="31" />
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="32" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="37" />
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="62" />
        <source>Find the caller first (F3); their card opens on the left.</source>
        <translation>Сначала найдите звонящего (F3): его карточка откроется слева.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="64" />
        <source>Client on screen: %s</source>
        <translation>Клиент на экране: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="65" />
        <source>Total: 0 lines</source>
        <translation>Итого: 0 строк</translation>
    </message>
</context>
<context>
    <name>OrderDeskApp</name>
    <message>
        <location filename="../../orderdesk_gui/ui/app.py" line="107" />
        <source>Building the demo database…</source>
        <translation>Создаётся демонстрационная база…</translation>
    </message>
</context>
<context>
    <name>SuggestionsArea</name>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="73" />
        <source>Suggested products</source>
        <translation>Предложить клиенту</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="76" />
        <source>Offer at least three products beyond what the client asks for: new products, promotions, their usual items and what suits their type.</source>
        <translation>Предложите не менее трёх товаров сверх заказанного: новинки, акции, обычные товары клиента и то, что подходит его типу.</translation>
    </message>
</context>
</TS>