<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>CallerController</name>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="80" />
        <source>Several clients have %s: choose one</source>
        <translation>Номер %s у нескольких клиентов: выберите</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="136" />
        <source>Call purpose: %s</source>
        <translation>Цель звонка: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="141" />
        <source>No client on screen: nothing to transfer.</source>
        <translation>Клиент не выбран: переводить некого.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="145" />
        <source>The proposal is to take the call here, not to transfer it.</source>
        <translation>Звонок нужно принять самому, а не переводить.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="148" />
        <source>Debt: overdue or over the limit</source>
        <translation>Долг: просрочка или превышение лимита</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="159" />
        <source>Transferred to %s</source>
        <translation>Переведено на %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="167" />
        <source>No client on screen.</source>
        <translation>Клиент не выбран.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="171" />
        <source>No head of sales is available to consult.</source>
        <translation>Нет руководителя продаж для консультации.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="185" />
        <source>Consultation with %s noted on the call</source>
        <translation>Консультация с %s записана в звонок</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="194" />
        <source>Find the client first (F3).</source>
        <translation>Сначала найдите клиента (F3).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="229" />
        <source>Order started for %s</source>
        <translation>Начат заказ для %s</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../forms/client_card.ui" line="47" />
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="53" />
        <source>Price column:</source>
        <translation>Колонка цен:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="59" />
        <source>Credit terms:</source>
        <translation>Условия кредита:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="65" />
        <source>Delivery:</source>
        <translation>Доставка:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="71" />
        <source>BIN/IIN:</source>
        <translation>БИН/ИИН:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="81" />
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="90" />
        <source>Last orders</source>
        <translation>Последние заказы</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="100" />
        <source>Last calls</source>
        <translation>Последние звонки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="25" />
        <source>OK: orders may be taken</source>
        <translation>OK: заказ можно принимать</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="28" />
        <source>CAUTION: close to the limit or due soon</source>
        <translation>ВНИМАНИЕ: близко к лимиту или скоро срок оплаты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="32" />
        <source>STOP: debt: no orders</source>
        <translation>СТОП: долг, заказы не принимаются</translation>
    </message>
</context>
<context>
    <name>ClientCardWidget</name>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="85" />
        <source>No client on screen</source>
        <translation>Клиент не выбран</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="87" />
        <source>Type a phone number, client code, BIN/IIN or part of the name above.</source>
        <translation>Введите выше телефон, код клиента, БИН/ИИН или часть названия.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="116" />
        <location filename="../../orderdesk_gui/ui/client_card.py" line="172" />
        <source>until %s</source>
        <translation>до %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="119" />
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="122" />
        <source>limit %s, payment within %d days</source>
        <translation>лимит %s, отсрочка %d дн.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="134" />
        <source>fax %s</source>
        <translation>факс %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="137" />
        <source>receives goods</source>
        <translation>принимает товар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="139" />
        <source>no contacts</source>
        <translation>нет контактов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="145" />
        <source>Owed &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Долг &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="148" />
        <source>overdue &lt;b&gt;%s&lt;/b&gt;, oldest %d days</source>
        <translation>просрочено &lt;b&gt;%s&lt;/b&gt;, старейшая %d дн.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="152" />
        <source>&lt;b&gt;%s over the limit&lt;/b&gt;</source>
        <translation>&lt;b&gt;сверх лимита %s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="155" />
        <source>headroom &lt;b&gt;%s&lt;/b&gt; of %s</source>
        <translation>запас &lt;b&gt;%s&lt;/b&gt; из %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="158" />
        <source>due within days: %s</source>
        <translation>к оплате в ближайшие дни: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="166" />
        <source>no key-account manager available</source>
        <translation>нет свободного менеджера по ключевым клиентам</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="168" />
        <source>nobody assigned</source>
        <translation>никто не назначен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="168" />
        <source>nobody available</source>
        <translation>никого нет</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="174" />
        <source>substitute: %s</source>
        <translation>замещает: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="179" />
        <source>Take the order here</source>
        <translation>Примите заказ сами</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="183" />
        <source>Then pass to %s to assign a manager.</source>
        <translation>Затем передайте %s для назначения менеджера.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="189" />
        <source>Nobody available</source>
        <translation>Никого нет на месте</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="193" />
        <source>Offer a callback.</source>
        <translation>Предложите перезвонить.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="197" />
        <source>(ext. %s)</source>
        <translation>(доб. %s)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="198" />
        <source>Debt: transfer to %s</source>
        <translation>Долг: переведите на %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="198" />
        <source>Transfer to %s</source>
        <translation>Переведите на %s</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/client_dialog.py" line="44" />
        <source>Edit client card</source>
        <translation>Изменить карточку клиента</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_dialog.py" line="44" />
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_dialog.py" line="69" />
        <source>(not assigned)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="6" />
        <source>Client card</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="10" />
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="12" />
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="14" />
        <source>&amp;Phone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="16" />
        <source>&amp;BIN/IIN:</source>
        <translation>&amp;БИН/ИИН:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="18" />
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="20" />
        <source>&amp;City, region:</source>
        <translation>&amp;Город, регион:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="27" />
        <source>&amp;Delivery address:</source>
        <translation>Адрес &amp;доставки:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="29" />
        <source>S&amp;hipping details:</source>
        <translation>Реквизиты &amp;отгрузки:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="31" />
        <source>Credit &amp;limit, payment days:</source>
        <translation>&amp;Лимит, отсрочка (дн.):</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="38" />
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="40" />
        <source>N&amp;otes:</source>
        <translation>З&amp;аметки:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="46" />
        <source>Contacts (phones separated by commas; tick who may receive goods):</source>
        <translation>Контакты (телефоны через запятую; отметьте, кто принимает товар):</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="52" />
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="53" />
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="54" />
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="55" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="56" />
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="57" />
        <source>Receives goods</source>
        <translation>Принимает товар</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="62" />
        <source>&amp;Add contact</source>
        <translation>&amp;Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="63" />
        <source>&amp;Remove contact</source>
        <translation>&amp;Удалить контакт</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="18" />
        <source>cash</source>
        <translation>наличные</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="19" />
        <source>bank transfer</source>
        <translation>перечисление</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="20" />
        <source>on account</source>
        <translation>в счёт лимита</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="21" />
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="43" />
        <source>&lt;b&gt;%s&lt;/b&gt;: %d lines, &lt;b&gt;%s&lt;/b&gt;, %s kg; offered %d of %d</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;: строк %d, &lt;b&gt;%s&lt;/b&gt;, %s кг; предложено %d из %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="66" />
        <source>Invoice, waybill</source>
        <translation>Счёт-фактура, накладная</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="98" />
        <source>The debt gate is red with this order: %s</source>
        <translation>С этим заказом долг в красной зоне: %s</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="6" />
        <source>Complete the order</source>
        <translation>Оформление заказа</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="16" />
        <source>&amp;Delivery date:</source>
        <translation>&amp;Дата доставки:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="17" />
        <location filename="../../forms/completion_dialog.ui" line="26" />
        <source>dd.MM.yyyy, dddd</source>
        <translation>dd.MM.yyyy, dddd</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="18" />
        <source>&amp;Receiver:</source>
        <translation>&amp;Получатель:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="20" />
        <source>The receiver &amp;will be present (Space)</source>
        <translation>Получатель &amp;будет на месте (пробел)</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="21" />
        <source>Pa&amp;yment:</source>
        <translation>&amp;Оплата:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="23" />
        <source>Doc&amp;uments to sign:</source>
        <translation>Доку&amp;менты на подпись:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="25" />
        <source>&amp;Pickup on:</source>
        <translation>&amp;Самовывоз:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="27" />
        <source>S&amp;hipping details:</source>
        <translation>Реквизиты &amp;отгрузки:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="29" />
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>FulfilmentDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="42" />
        <source>%d accepted orders wait for fulfilment, oldest first.</source>
        <translation>Принятых заказов в очереди на исполнение: %d (сначала старые).</translation>
    </message>
    <message>
        <location filename="../../forms/fulfilment_dialog.ui" line="6" />
        <source>Fulfilment queue</source>
        <translation>Очередь на исполнение</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="34" />
        <source>Transfer to %s (F7)</source>
        <translation>Перевести на %s (F7)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="37" />
        <source>Nobody in finance or the manager is available</source>
        <translation>Ни менеджера, ни финансовой службы нет на месте</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="51" />
        <source>%s due %s: &lt;b&gt;%s&lt;/b&gt; unpaid, &lt;b&gt;%d days&lt;/b&gt; overdue</source>
        <translation>%s, срок %s: не оплачено &lt;b&gt;%s&lt;/b&gt;, просрочка &lt;b&gt;%d дн.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="60" />
        <source>… and %d more overdue documents</source>
        <translation>… и ещё просроченных документов: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="63" />
        <source>Owed &lt;b&gt;%s&lt;/b&gt;, limit %s: &lt;b&gt;%s over the limit&lt;/b&gt;</source>
        <translation>Долг &lt;b&gt;%s&lt;/b&gt;, лимит %s: &lt;b&gt;сверх лимита %s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="82" />
        <source>Write why the debt gate is overridden for this order.</source>
        <translation>Укажите причину, по которой заказ принимается несмотря на долг.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="102" />
        <source>%s may not override the debt gate: ask finance or the head of sales.</source>
        <translation>%s не может снять запрет: обратитесь в финансовую службу или к руководителю продаж.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="106" />
        <source>Wrong user name or password of the approver.</source>
        <translation>Неверное имя или пароль согласующего.</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="6" />
        <source>Orders stopped by debt</source>
        <translation>Заказы остановлены из-за долга</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="10" />
        <source>✖ STOP: no order while the debt is not settled</source>
        <translation>✖ СТОП: заказ не принимается, пока долг не погашен</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="22" />
        <source>Transfer</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="28" />
        <source>Override for this order (finance or head of sales)</source>
        <translation>Разрешить этот заказ (финансы или руководитель продаж)</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="32" />
        <source>&amp;Approved by (user):</source>
        <translation>&amp;Согласовал (пользователь):</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="41" />
        <source>Their &amp;password:</source>
        <translation>Его &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="52" />
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="59" />
        <source>Why the order is taken despite the debt</source>
        <translation>Почему заказ принимается несмотря на долг</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="64" />
        <source>&amp;Override and start the order</source>
        <translation>&amp;Разрешить и начать заказ</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="59" />
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
        <location filename="../../orderdesk_gui/ui/main_window.py" line="176" />
        <source>%d clients found</source>
        <translation>Найдено клиентов: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="187" />
        <source>No order is open: F4 starts one.</source>
        <translation>Заказ не открыт: F4 начинает заказ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="196" />
        <source>Cancel the draft order</source>
        <translation>Отменить черновик заказа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="196" />
        <source>Why is it cancelled?</source>
        <translation>Причина отмены?</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="204" />
        <source>Choose a line of the open order first.</source>
        <translation>Сначала выберите строку открытого заказа.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="206" />
        <location filename="../../orderdesk_gui/ui/main_window.py" line="210" />
        <source>Price by hand</source>
        <translation>Цена вручную</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="206" />
        <source>New unit price:</source>
        <translation>Новая цена за единицу:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="210" />
        <source>Why (kept in the audit log):</source>
        <translation>Причина (сохраняется в журнале аудита):</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="216" />
        <source>Order %s accepted and passed to fulfilment</source>
        <translation>Заказ %s принят и передан на исполнение</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="222" />
        <source>No client has %s: press Ctrl+N to create a potential client</source>
        <translation>Номер %s не найден: Ctrl+N создаст потенциального клиента</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="238" />
        <source>Find the client first (F3).</source>
        <translation>Сначала найдите клиента (F3).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="260" />
        <source>connected</source>
        <translation>подключено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="263" />
        <source>database unreachable: retrying</source>
        <translation>база данных недоступна: повторяем</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="267" />
        <source>Database error: %s</source>
        <translation>Ошибка базы данных: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="275" />
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="280" />
        <source>About OrderDesk</source>
        <translation>О программе OrderDesk</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="281" />
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
        <location filename="../../forms/main_window.ui" line="80" />
        <source>C&amp;all</source>
        <translation>&amp;Звонок</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="106" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="112" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="124" />
        <source>Call journal: today</source>
        <translation>Журнал звонков: сегодня</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="137" />
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти из учётной записи</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="138" />
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="141" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="142" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="145" />
        <source>&amp;Find caller or client</source>
        <translation>&amp;Найти звонящего или клиента</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="146" />
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="149" />
        <source>&amp;Open selected card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="150" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="153" />
        <source>&amp;Clear search</source>
        <translation>&amp;Очистить поиск</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="154" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="157" />
        <source>Call &amp;journal</source>
        <translation>&amp;Журнал звонков</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="158" />
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="161" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="162" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="165" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="166" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="169" />
        <source>&amp;About OrderDesk</source>
        <translation>&amp;О программе OrderDesk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="172" />
        <source>&amp;New order (debt gate)</source>
        <translation>&amp;Новый заказ (проверка долга)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="173" />
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="176" />
        <source>&amp;Transfer as proposed</source>
        <translation>&amp;Перевести по подсказке</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="177" />
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="180" />
        <source>&amp;Consult the head of sales</source>
        <translation>&amp;Консультация с руководителем</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="181" />
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="184" />
        <source>Purpose: &amp;order</source>
        <translation>Цель: &amp;заказ</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="185" />
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="188" />
        <source>Purpose: &amp;information</source>
        <translation>Цель: &amp;справка</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="189" />
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="192" />
        <source>Purpose: &amp;complaint</source>
        <translation>Цель: &amp;жалоба</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="193" />
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="196" />
        <source>Purpose: o&amp;ther</source>
        <translation>Цель: &amp;другое</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="197" />
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="200" />
        <source>&amp;New client</source>
        <translation>&amp;Новый клиент</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="201" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="204" />
        <source>&amp;Edit client card</source>
        <translation>&amp;Изменить карточку</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="205" />
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="208" />
        <source>Co&amp;mplete the order…</source>
        <translation>&amp;Оформить заказ…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="209" />
        <source>F10</source>
        <translation>F10</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="212" />
        <source>&amp;Repeat the last order</source>
        <translation>&amp;Повторить последний заказ</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="213" />
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="216" />
        <source>Add the &amp;usual basket</source>
        <translation>Добавить &amp;обычный набор</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="217" />
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="220" />
        <source>&amp;Undo line removal</source>
        <translation>&amp;Вернуть удалённую строку</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="221" />
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="224" />
        <source>Cancel the draft order…</source>
        <translation>Отменить черновик заказа…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="225" />
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="228" />
        <source>Next suggestion</source>
        <translation>Следующее предложение</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="229" />
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="232" />
        <source>Previous suggestion</source>
        <translation>Предыдущее предложение</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="233" />
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="236" />
        <source>&amp;Add the suggestion (accepted)</source>
        <translation>&amp;Добавить предложение (принято)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="237" />
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="240" />
        <source>Declined: not needed</source>
        <translation>Отказ: не нужно</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="241" />
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="244" />
        <source>Declined: price</source>
        <translation>Отказ: цена</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="245" />
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="248" />
        <source>Declined: has stock</source>
        <translation>Отказ: есть запас</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="249" />
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="252" />
        <source>Declined: other</source>
        <translation>Отказ: другое</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="253" />
        <source>Alt+4</source>
        <translation>Alt+4</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="256" />
        <source>Set the line's price by &amp;hand… (head of sales)</source>
        <translation>Задать цену строки &amp;вручную… (руководитель продаж)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="257" />
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="260" />
        <source>&amp;Fulfilment queue</source>
        <translation>&amp;Очередь на исполнение</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="261" />
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
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
        <location filename="../../orderdesk_gui/ui/order_models.py" line="43" />
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
        <location filename="../../orderdesk_gui/ui/models.py" line="171" />
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
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="28" />
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
        <location filename="../../orderdesk_gui/ui/order_models.py" line="55" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="117" />
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
        <location filename="../../orderdesk_gui/ui/models.py" line="160" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="164" />
        <source>In/out</source>
        <translation>Вх./исх.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="165" />
        <source>Client or number</source>
        <translation>Клиент или номер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="166" />
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="167" />
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="169" />
        <source>Duration</source>
        <translation>Длит.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="172" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="156" />
        <location filename="../../orderdesk_gui/ui/models.py" line="182" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="24" />
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="27" />
        <location filename="../../orderdesk_gui/ui/models.py" line="183" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="29" />
        <location filename="../../orderdesk_gui/ui/models.py" line="184" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="74" />
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="30" />
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="185" />
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="25" />
        <source>asked</source>
        <translation>по запросу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="26" />
        <source>suggested</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="27" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="33" />
        <source>usual</source>
        <translation>обычный</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="28" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="35" />
        <source>promotion</source>
        <translation>акция</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="29" />
        <source>repeat</source>
        <translation>повтор</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="30" />
        <source>manual price</source>
        <translation>цена вручную</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="34" />
        <source>special</source>
        <translation>спецпредложение</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="36" />
        <source>new</source>
        <translation>новинка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="37" />
        <source>for this type</source>
        <translation>для типа клиента</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="40" />
        <source>not needed</source>
        <translation>не нужно</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="41" />
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="42" />
        <source>has stock</source>
        <translation>есть запас</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="54" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="57" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="118" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="139" />
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="59" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="119" />
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="60" />
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="61" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="120" />
        <source>Pack</source>
        <translation>Упак.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="63" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="143" />
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="68" />
        <source>Disc. %</source>
        <translation>Скидка %</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="75" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="121" />
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="77" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="137" />
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>OrderController</name>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="119" />
        <source>Start the order first (F4).</source>
        <translation>Сначала начните заказ (F4).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="134" />
        <source>only %s in stock</source>
        <translation>на складе только %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="163" />
        <source>Line removed: Ctrl+Z brings it back.</source>
        <translation>Строка удалена: Ctrl+Z вернёт её.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="232" />
        <source>Choose why the client declined.</source>
        <translation>Выберите причину отказа.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="269" />
        <source>The draft could not be saved: %s</source>
        <translation>Черновик не сохранён: %s</translation>
    </message>
</context>
<context>
    <name>OrderDeskApp</name>
    <message>
        <location filename="../../orderdesk_gui/ui/app.py" line="137" />
        <source>Building the demo database…</source>
        <translation>Создаётся демонстрационная база…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/app.py" line="182" />
        <source>This database has no users yet. Create the first administrator on this computer with: orderdesk user add NAME --role admin</source>
        <translation>В этой базе ещё нет пользователей. Создайте первого администратора на этом компьютере командой: orderdesk user add ИМЯ --role admin</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="68" />
        <source>Find the caller first (F3); their card opens on the left.</source>
        <translation>Сначала найдите звонящего (F3): его карточка откроется слева.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="72" />
        <source>Draft order no. %d of %s (%d lines, %s) is open for this client: F4 resumes it.</source>
        <translation>У клиента открыт черновик заказа № %d от %s (строк %d, %s): F4 продолжит его.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="81" />
        <source>Client on screen: %s. F4 starts the order.</source>
        <translation>Клиент на экране: %s. F4 начинает заказ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="93" />
        <location filename="../../forms/order_panel.ui" line="12" />
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="96" />
        <source>Order no. %d (draft): %s</source>
        <translation>Заказ № %d (черновик): %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="97" />
        <source>Prices of the client's price column; a better promotion price applies by itself.</source>
        <translation>Цены по колонке клиента; более выгодная акционная цена применяется сама.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="99" />
        <source>Debt gate overridden for this order.</source>
        <translation>Запрет по долгу снят для этого заказа.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="119" />
        <source>Total &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Итого &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="120" />
        <source>discount %s</source>
        <translation>скидка %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="121" />
        <source>%s kg</source>
        <translation>%s кг</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="122" />
        <source>%d lines</source>
        <translation>строк: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="130" />
        <source>Over the credit limit or overdue: %s</source>
        <translation>Сверх лимита или просрочено: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="137" />
        <source>Headroom under the limit: %s</source>
        <translation>Запас до лимита: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="166" />
        <source>No product matches %r.</source>
        <translation>Товар %r не найден.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="179" />
        <source>Choose a product from the list.</source>
        <translation>Выберите товар из списка.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="189" />
        <source>%s: pack of %s %s, %s in stock</source>
        <translation>%s: упаковка %s %s, на складе %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="215" />
        <source>Order %s accepted and passed to fulfilment.</source>
        <translation>Заказ %s принят и передан на исполнение.</translation>
    </message>
    <message>
        <location filename="../../forms/order_panel.ui" line="21" />
        <source>&amp;Product:</source>
        <translation>&amp;Товар:</translation>
    </message>
    <message>
        <location filename="../../forms/order_panel.ui" line="27" />
        <source>Code, barcode or part of the name; ↓↑ choose, Enter</source>
        <translation>Код, штрихкод или часть названия; ↓↑ выбор, Enter</translation>
    </message>
    <message>
        <location filename="../../forms/order_panel.ui" line="33" />
        <source>&amp;Qty:</source>
        <translation>&amp;Кол-во:</translation>
    </message>
    <message>
        <location filename="../../forms/order_panel.ui" line="66" />
        <source>Enter add · Del remove (Ctrl+Z undo) · F2 change qty · Ctrl+R repeat last order · Ctrl+U usual basket · F10 complete</source>
        <translation>Enter добавить · Del удалить (Ctrl+Z вернуть) · F2 изменить кол-во · Ctrl+R повторить заказ · Ctrl+U обычный набор · F10 оформить</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="38" />
        <source>Key account: their manager takes the order (D4)</source>
        <translation>Ключевой клиент: заказ принимает его менеджер (D4)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="39" />
        <source>Not an order: to the client's manager or the head of sales (D19)</source>
        <translation>Не заказ: менеджеру клиента или руководителю продаж (D19)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="40" />
        <source>New client: take the order here, then the head assigns a manager (D3, D15)</source>
        <translation>Новый клиент: примите заказ, затем руководитель назначит менеджера (D3, D15)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="43" />
        <source>Ordinary client: take the order here (D3)</source>
        <translation>Обычный клиент: примите заказ сами (D3)</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/suggestions_panel.py" line="47" />
        <source>Offer at least %d products beyond what the client asks for.</source>
        <translation>Предложите не менее %d товаров сверх заказанного.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/suggestions_panel.py" line="54" />
        <source>Offered %d of %d %s</source>
        <translation>Предложено %d из %d %s</translation>
    </message>
    <message>
        <location filename="../../forms/suggestions_panel.ui" line="12" />
        <source>Suggested products</source>
        <translation>Предложить клиенту</translation>
    </message>
    <message>
        <location filename="../../forms/suggestions_panel.ui" line="24" />
        <source>Alt+↓↑ choose · Alt+Enter add (accepted) · declined: Alt+1 not needed, Alt+2 price, Alt+3 has stock, Alt+4 other</source>
        <translation>Alt+↓↑ выбор · Alt+Enter добавить (принято) · отказ: Alt+1 не нужно, Alt+2 цена, Alt+3 есть запас, Alt+4 другое</translation>
    </message>
</context>
</TS>