<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
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
        <translation>Баға бағаны:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="34" />
        <source>Credit terms:</source>
        <translation>Несие шарттары:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="40" />
        <source>Delivery:</source>
        <translation>Жеткізу:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="46" />
        <source>BIN/IIN:</source>
        <translation>БСН/ЖСН:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="56" />
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="65" />
        <source>Last orders</source>
        <translation>Соңғы тапсырыстар</translation>
    </message>
</context>
<context>
    <name>ClientCardWidget</name>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="39" />
        <source>No client on screen</source>
        <translation>Клиент таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="41" />
        <source>Type a phone number, client code, BIN/IIN or part of the name above.</source>
        <translation>Жоғарыда телефонды, клиент кодын, БСН/ЖСН немесе атауының бөлігін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="64" />
        <source>until %s</source>
        <translation>%s дейін</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="67" />
        <source>not assigned</source>
        <translation>тағайындалмаған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="70" />
        <source>limit %s, payment within %d days</source>
        <translation>лимит %s, төлем мерзімі %d күн</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="82" />
        <source>fax %s</source>
        <translation>факс %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="85" />
        <source>receives goods</source>
        <translation>тауар қабылдайды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="87" />
        <source>no contacts</source>
        <translation>байланыстар жоқ</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="70" />
        <source>Today: %d calls (%d in, %d out), %d orders taken</source>
        <translation>Бүгін: %d қоңырау (кір. %d, шығ. %d), %d тапсырыс қабылданды</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="31" />
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="43" />
        <source>Enter your user name and password.</source>
        <translation>Пайдаланушы атын және құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="62" />
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="64" />
        <source>Cannot sign in: %s</source>
        <translation>Кіру мүмкін болмады: %s</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="6" />
        <source>OrderDesk: sign in</source>
        <translation>OrderDesk: кіру</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="11" />
        <source>Sign in to take calls</source>
        <translation>Қоңырау қабылдау үшін кіріңіз</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="18" />
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="29" />
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="41" />
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="122" />
        <source>%d clients found</source>
        <translation>Табылған клиенттер: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="149" />
        <source>connected</source>
        <translation>қосылған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="152" />
        <source>database unreachable: retrying</source>
        <translation>дерекқор қолжетімсіз: қайталаудамыз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="156" />
        <source>Database error: %s</source>
        <translation>Дерекқор қатесі: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="164" />
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="169" />
        <source>About OrderDesk</source>
        <translation>OrderDesk туралы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="170" />
        <source>OrderDesk %s
The telephone order desk of a wholesale food distributor.</source>
        <translation>OrderDesk %s
Азық-түлік көтерме дистрибьюторының телефон арқылы тапсырыс қабылдау бөлімі.</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="6" />
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="14" />
        <source>&amp;Caller / client:</source>
        <translation>&amp;Қоңырау шалушы / клиент:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="20" />
        <source>Phone, client code, BIN/IIN or part of the name</source>
        <translation>Телефон, клиент коды, БСН/ЖСН немесе атауының бөлігі</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="26" />
        <source>F3 search · Enter open · Esc clear</source>
        <translation>F3 іздеу · Enter ашу · Esc тазалау</translation>
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
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="82" />
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="93" />
        <source>Call journal: today</source>
        <translation>Қоңыраулар журналы: бүгін</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="106" />
        <source>Sign &amp;out</source>
        <translation>Есептік жазбадан &amp;шығу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="107" />
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="110" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="111" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="114" />
        <source>&amp;Find caller or client</source>
        <translation>Қоңырау шалушыны немесе клиентті &amp;табу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="115" />
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="118" />
        <source>&amp;Open selected card</source>
        <translation>Карточканы &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="119" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="122" />
        <source>&amp;Clear search</source>
        <translation>Іздеуді &amp;тазалау</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="123" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="126" />
        <source>Call &amp;journal</source>
        <translation>Қоңыраулар &amp;журналы</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="127" />
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="130" />
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="131" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="134" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімі</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="135" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="138" />
        <source>&amp;About OrderDesk</source>
        <translation>OrderDesk &amp;туралы</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="95" />
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="96" />
        <source>potential</source>
        <translation>әлеуетті</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="97" />
        <source>blocked</source>
        <translation>бұғатталған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="100" />
        <source>order</source>
        <translation>тапсырыс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="101" />
        <source>information</source>
        <translation>анықтама</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="102" />
        <source>complaint</source>
        <translation>шағым</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="103" />
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="106" />
        <source>in progress</source>
        <translation>жүріп жатыр</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="107" />
        <source>order taken</source>
        <translation>тапсырыс қабылданды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="108" />
        <source>information given</source>
        <translation>анықтама берілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="109" />
        <source>transferred</source>
        <translation>ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="110" />
        <source>consulted</source>
        <translation>кеңес алынды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="111" />
        <source>no answer</source>
        <translation>жауап жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="112" />
        <source>busy</source>
        <translation>бос емес</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="113" />
        <source>refused</source>
        <translation>бас тартты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="114" />
        <source>callback scheduled</source>
        <translation>кері қоңырау белгіленді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="115" />
        <source>complaint registered</source>
        <translation>шағым тіркелді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="119" />
        <source>in</source>
        <translation>кір.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="119" />
        <source>out</source>
        <translation>шығ.</translation>
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
        <translation>Сату менеджері</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="123" />
        <source>Head of sales</source>
        <translation>Сату бөлімінің басшысы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="124" />
        <source>Finance</source>
        <translation>Қаржы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="125" />
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="128" />
        <source>available</source>
        <translation>орнында</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="129" />
        <source>away</source>
        <translation>шығып кетті</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="130" />
        <source>absent</source>
        <translation>жұмыста жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="141" />
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="142" />
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="143" />
        <source>Type</source>
        <translation>Түрі</translation>
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
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="155" />
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="157" />
        <source>In/out</source>
        <translation>Кір./шығ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="160" />
        <source>Client or number</source>
        <translation>Клиент немесе нөмір</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="161" />
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="162" />
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="164" />
        <source>Duration</source>
        <translation>Ұзақт.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="169" />
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="178" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="179" />
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="180" />
        <source>Sum</source>
        <translation>Сома</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="181" />
        <source>Lines</source>
        <translation>Жолдар</translation>
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
        <translation>Тауар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="25" />
        <source>Qty</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="26" />
        <source>Unit</source>
        <translation>Бірл.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="27" />
        <source>Pack</source>
        <translation>Қаптама</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="28" />
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="29" />
        <source>Disc.</source>
        <translation>Жеңілдік</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="30" />
        <source>Sum</source>
        <translation>Сома</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="31" />
        <source>Stock</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="32" />
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="37" />
        <source>Order</source>
        <translation>Тапсырыс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="62" />
        <source>Find the caller first (F3); their card opens on the left.</source>
        <translation>Алдымен қоңырау шалушыны табыңыз (F3): оның карточкасы сол жақта ашылады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="64" />
        <source>Client on screen: %s</source>
        <translation>Экрандағы клиент: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="65" />
        <source>Total: 0 lines</source>
        <translation>Барлығы: 0 жол</translation>
    </message>
</context>
<context>
    <name>OrderDeskApp</name>
    <message>
        <location filename="../../orderdesk_gui/ui/app.py" line="107" />
        <source>Building the demo database…</source>
        <translation>Демо дерекқор құрылуда…</translation>
    </message>
</context>
<context>
    <name>SuggestionsArea</name>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="73" />
        <source>Suggested products</source>
        <translation>Ұсынылатын тауарлар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/areas.py" line="76" />
        <source>Offer at least three products beyond what the client asks for: new products, promotions, their usual items and what suits their type.</source>
        <translation>Клиент сұрағаннан тыс кемінде үш тауар ұсыныңыз: жаңа өнімдер, акциялар, клиенттің әдеттегі тауарлары және оның түріне сай тауарлар.</translation>
    </message>
</context>
</TS>