"""Writes the CSV, XLSX, Windows-1251 and deliberately broken test files of this folder (the hand-written
UTF-8 XML files sit beside it). Run ``python tests/data/exchange/make_files.py`` after changing a table
here; the output is committed, so the tests never run this. See README.md for what each file models."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
NBSP = "\u00a0"
BOM = "\ufeff"
CELL_LF = "\x00"  # a line break inside a quoted cell: Excel writes a bare LF there, whatever the row ends


def write(name: str, text: str, encoding: str = "utf-8", newline: str = "\r\n") -> None:
    """``text`` with its lines ended by ``newline`` (1C and Excel write CRLF), in ``encoding``."""
    data = newline.join(text.split("\n")).replace(CELL_LF, "\n")
    (HERE / name).write_bytes(data.encode(encoding))


# --- CSV ------------------------------------------------------------------------------------------

CLIENTS_HEADER = (
    "Код;Наименование;БИН/ИИН;Тип клиента;Колонка цен;Кредитный лимит;Отсрочка, дней;Регион;Город;"
    "Юр. адрес;Адрес доставки;Телефон;E-mail;Менеджер"
)


def clients_utf8_bom_semicolon() -> None:
    rows = [
        CLIENTS_HEADER,
        # an existing demo client (C000001): changed name, limit with NBSP thousands and decimal comma
        f'C000001;"АО Продуктовый магазин ""Ақ ниет""";230472058374;Розница;Базовая;1{NBSP}500{NBSP}000,00;7;'
        f"г. Алматы;Алматы;Алматы, мкр. Самал-2, 150;Алматы, мкр. Самал-2, 150;+7 727 286-49-52;"
        f"info@ak-niet.kz;manager1",
        # codes instead of names for type and price column; two phones in one cell; no e-mail
        "C000002;ИП Минимаркет «Ромашка»;040544449292;retail;BASE;450 000;0;г. Алматы;Алматы;"
        '"Алматы, ул. Победы, 128";"Алматы, ул. Победы, 128";"8 (727) 390-11-22, 8 701 508 57 87";;',
        # a new key account, a quoted address holding the delimiter and a line break (saved from Excel)
        f"C900001;ТОО «Береке Маркет»;110740058742;Ключевой клиент;Ключевой (−8%);12{NBSP}000{NBSP}000;30;"
        f'г. Алматы;Алматы;"050000, Алматы, пр. Абая, 52; офис 14";"Алматы, мкр. Самал-2, 58,{CELL_LF}'
        f'вход со двора";+7 (727) 250-12-34;zakaz@bereke-market.kz;kam1',
        # a regional client: IIN of an individual entrepreneur, Kazakh letters, limit without decimals
        "C900002;ИП Тоқтарова С.А.;740959745102;Региональный клиент;Регион (−4%);800000;14;"
        "Жетісу облысы;Талдықорған;Талдықорған, Қабанбай батыр к-сі, 30;Талдықорған, Қабанбай батыр к-сі, 30;"
        "87751234567;toktarova@mail.kz;",
        # HoReCa with an empty tax id and a trailing empty line below
        "C900003;Кафе «Самал»;;HoReCa;Опт 1 (−3%);300000,50;7;г. Астана;Астана;;"
        "Астана, ул. Кенесары, 40;+7 7172 55 66 77;cafe.samal@example.kz;",
        "",
    ]
    write("clients_utf8_bom_semicolon.csv", BOM + "\n".join(rows))


def clients_cp1251() -> None:
    # 1C:Бухгалтерия's "Сохранить как CSV": Windows-1251, ';', different column order, an extra column
    # the desk does not know (ignored), thousands with plain spaces. Kazakh letters cannot be written
    # in Windows-1251: accounting types them with Russian look-alikes (Алем for Әлем, Казына for Қазына);
    # nor can the minus sign of the price column "Опт 2 (−5%)": it becomes a hyphen, "Опт 2 (-5%)".
    rows = [
        "Наименование;Код;ИИН/БИН;Вид клиента;Тип цен;Лимит задолженности;Отсрочка платежа;Область;"
        "Населенный пункт;Юридический адрес;Фактический адрес;Телефоны;Эл. почта;Комментарий",
        "ТОО Супермаркет «Алем»;C000004;140348964540;Региональный клиент;REGION;2 500 000,00;21;"
        "Жетысуская область;Талдыкорган;Талдыкорган, мкр. Калкаман-2, 30;Талдыкорган, мкр. Калкаман-2, 30;"
        "8 (7282) 24-15-16;alem@mail.kz;ключевой в регионе",
        "ТОО Ресторан «Золотой колос»;C000005;040742676348;HoReCa;OPT1;1 200 000;14;г. Алматы;Алматы;"
        "Алматы, ул. Жандосова, 9;Алматы, ул. Жандосова, 9;+7 727 300 10 20;kolos@example.kz;",
        "ТОО Казына Фуд;C900004;151240086849;Маркетер;Опт 2 (-5%);1 000 000;7;г. Шымкент;Шымкент;"
        "Шымкент, Тамерлановское ш., 7;Шымкент, Тамерлановское ш., 7;87012223344;;",
    ]
    write("clients_cp1251.csv", "\n".join(rows) + "\n", encoding="cp1251")


def clients_english_comma() -> None:
    # The English header names, ',' as delimiter, decimal point, UTF-8 without BOM, LF line ends.
    rows = [
        "code,name,tax_id,client_type,price_column,credit_limit,payment_delay_days,region,city,"
        "legal_address,delivery_address,phone,email,manager",
        'C900005,"TOO Nomad Foods, Almaty branch",200340076288,retail,BASE,250000.00,0,Almaty,Almaty,'
        '"Almaty, Dostyk ave, 5","Almaty, Dostyk ave, 5",+77015550011,orders@nomadfoods.kz,',
    ]
    write("clients_english_comma.csv", "\n".join(rows) + "\n", newline="\n")


def contacts() -> None:
    rows = [
        "Клиент;ФИО;Должность;Телефон;E-mail;Факс",
        "C000001;Иманғалиева Жұлдыз Сагынтаевна;Директор;+7 727 303-91-42;c1.0@example.kz;",
        "C000001;Ахметов Нурлан;Кладовщик (приёмка);8 701 222 33 44;;",
        # the client named by its BIN instead of its code
        "110740058742;Жумабекова Айгерим Сериковна;Закупщик;8 701 123 45 67;aigerim@bereke-market.kz;"
        "8 (727) 250-12-35",
        # an extension written after the number
        "C000005;Петрова Ольга;Бухгалтер;8 (727) 300-10-20 доб. 105;buh@kolos.kz;",
    ]
    write("contacts.csv", BOM + "\n".join(rows) + "\n")


def products_comma() -> None:
    # ',' as delimiter: decimal commas must be quoted; a unit with a trailing space; VAT as "12%",
    # "12" and "Без НДС"; one product in a group the desk has not seen yet.
    rows = [
        'Код,Наименование,Группа,Ед. изм.,Кратность,Штрихкод,Ставка НДС,"Вес, кг"',
        'P000001,"Молоко пастеризованное 2,5% «Ақ Сүт» 1 л",Молочная продукция,бут ,12,4874903174634,12%,'
        '"1,05"',
        'P000002,"Молоко пастеризованное 3,2% «Дала»",Молочная продукция,бут,12,4871180346228,12,"1,050"',
        "P900001,Сыр «Российский» 45% весовой,Сыры,кг,1,,12%,1",
        'P900002,"Вафли ""Алматинские"" 200 г",Кондитерские изделия,шт,24,4871002003001,12%,"0,2"',
        "P900003,Пакет-майка фирменный,Упаковка,шт,100,,Без НДС,0.01",
    ]
    write("products_comma.csv", "\n".join(rows) + "\n")


PRICE_COLUMNS = (
    "Базовая",
    "Опт 1 (−3%)",
    "Опт 2 (−5%)",
    "Ключевой (−8%)",
    "Регион (−4%)",
    "Своя сеть (−10%)",
)


def prices_by_column() -> None:
    header = "Код;Наименование;" + ";".join(PRICE_COLUMNS)
    rows = [header]
    samples = [
        ("P000001", "Молоко пастеризованное 2,5% «Ақ Сүт»", Decimal("465")),
        ("P000002", "Молоко пастеризованное 3,2% «Дала»", Decimal("489.90")),
        ("P000003", "Молоко ультрапастеризованное 3,2% «Байтерек Фуд»", Decimal("1250")),
        ("P000004", "Кефир 2,5% «Шаңырақ»", Decimal("12500")),
    ]
    mults = (
        Decimal("1"),
        Decimal("0.97"),
        Decimal("0.95"),
        Decimal("0.92"),
        Decimal("0.96"),
        Decimal("0.90"),
    )
    for i, (code, name, base) in enumerate(samples):
        cells = []
        for j, mult in enumerate(mults):
            value = (base * mult).quantize(Decimal("0.01"))
            text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
            if i == 3:
                text = text.replace(" ", NBSP)  # thousands with a non-breaking space
            if i == 1 and j == 5:
                text = ""  # no price in this column: leave the column's price as it is
            cells.append(text)
        rows.append(f"{code};{name};" + ";".join(cells))
    write("prices_by_column.csv", BOM + "\n".join(rows) + "\n")


def receivables_cp1251() -> None:
    # Windows-1251, ';', amounts "1 234,50" with NBSP thousands, dates dd.mm.yyyy; the client by code or
    # by BIN; one document invoicing an OrderDesk order; a fully paid one; a partial payment.
    rows = [
        "Документ;Дата;Клиент;Сумма;Оплачено;Срок оплаты;Заказ",
        f"СФ-0000123;03.11.2026;C000002;1{NBSP}534{NBSP}662,00;0,00;10.11.2026;",
        f"СФ-0000124;05.11.2026;040544449292;576{NBSP}456,00;200{NBSP}000,00;12.11.2026;",
        f"Реализация ТиУ 00000000871 от 12.11.2026;12.11.2026;C000004;1{NBSP}318{NBSP}040,00;"
        f"1{NBSP}318{NBSP}040,00;19.11.2026;",
        f"СФ-B1-2026-000123;14.11.2026;C000001;209{NBSP}784,00;0;21.11.2026;B1-2026-000123",
        f"Корректировка долга 0000012;01.10.2026;C000005;-15{NBSP}000,00;0;01.10.2026;",
        f"СФ-0000131;20.11.2026;C900001;4{NBSP}250,50;;20.12.2026;",
    ]
    write("receivables_cp1251.csv", "\n".join(rows) + "\n", encoding="cp1251")


def promotions() -> None:
    rows = [
        "Акция;Начало;Окончание;Товар;Спеццена;Примечание;Вид",
        "Кефир недели;01.12.2026;07.12.2026;P000004;399,00;Цена только при заказе от 2 коробок;Цена",
        "Кефир недели;01.12.2026;07.12.2026;P000005;389,00;;Цена",
        "Каждая 6-я коробка чая бесплатно;20.11.2026;19.12.2026;P000120;;6-я коробка в подарок;Спецпозиция",
        "Бесплатная доставка от 300 000 ₸;01.12.2026;31.12.2026;;;Для всех клиентов Алматы;Примечание",
    ]
    write("promotions.csv", BOM + "\n".join(rows) + "\n")


def special_items() -> None:
    rows = [
        "Товар;Тип клиента;Регион;Примечание",
        "P000001;Розница;;Предлагать каждому розничному клиенту",
        "P000003;HoReCa;г. Алматы;Для кофеен: ультрапастеризованное молоко",
        "P000120;;Жетысуская область;Региональная новинка",
    ]
    write("special_items.csv", BOM + "\n".join(rows) + "\n")


# --- Windows-1251 CommerceML without a namespace (an older 1C:УТ 10.3 / web-shop module file) ----

CP1251_IMPORT = """<?xml version="1.0" encoding="windows-1251"?>
<КоммерческаяИнформация ВерсияСхемы="2.04" ДатаФормирования="2026-11-18T09:12:40">
  <Классификатор>
    <Ид>1</Ид>
    <Наименование>Классификатор (Каталог товаров)</Наименование>
    <Группы>
      <Группа>
        <Ид>12</Ид>
        <Наименование>Молочная продукция</Наименование>
        <Группы>
          <Группа>
            <Ид>13</Ид>
            <Наименование>Кисломолочные</Наименование>
          </Группа>
        </Группы>
      </Группа>
    </Группы>
  </Классификатор>
  <Каталог СодержитТолькоИзменения="false">
    <Ид>1</Ид>
    <ИдКлассификатора>1</ИдКлассификатора>
    <Наименование>Каталог товаров</Наименование>
    <Товары>
      <Товар>
        <Ид>00-00000904</Ид>
        <Артикул>КМ-1000</Артикул>
        <Наименование>Кумыс &#1179;ымыз натуральный 1 л</Наименование>
        <БазоваяЕдиница Код="796" НаименованиеПолное="Штука" МеждународноеСокращение="PCE">шт</БазоваяЕдиница>
        <Группы>
          <Ид>13</Ид>
        </Группы>
        <СтавкиНалогов>
          <СтавкаНалога>
            <Наименование>НДС</Наименование>
            <Ставка>12</Ставка>
          </СтавкаНалога>
        </СтавкиНалогов>
      </Товар>
      <Товар>
        <Ид>00-00000905</Ид>
        <Артикул>КР-500</Артикул>
        <Наименование>Курт соленый 500 г</Наименование>
        <БазоваяЕдиница Код="166" НаименованиеПолное="Килограмм">кг</БазоваяЕдиница>
        <Группы>
          <Ид>12</Ид>
        </Группы>
        <СтавкиНалогов>
          <СтавкаНалога>
            <Наименование>НДС</Наименование>
            <Ставка>12</Ставка>
          </СтавкаНалога>
        </СтавкиНалогов>
        <ЗначенияРеквизитов>
          <ЗначениеРеквизита>
            <Наименование>Вес</Наименование>
            <Значение>0,5</Значение>
          </ЗначениеРеквизита>
        </ЗначенияРеквизитов>
      </Товар>
    </Товары>
  </Каталог>
  <ПакетПредложений СодержитТолькоИзменения="false">
    <Ид>1#</Ид>
    <Наименование>Пакет предложений</Наименование>
    <ИдКаталога>1</ИдКаталога>
    <ТипыЦен>
      <ТипЦены>
        <Ид>1</Ид>
        <Наименование>Розничная</Наименование>
        <Валюта>руб</Валюта>
      </ТипЦены>
    </ТипыЦен>
    <Предложения>
      <Предложение>
        <Ид>00-00000904</Ид>
        <Цены>
          <Цена>
            <Представление>1 150,00 руб. за шт</Представление>
            <ИдТипаЦены>1</ИдТипаЦены>
            <ЦенаЗаЕдиницу>1150.0000</ЦенаЗаЕдиницу>
            <Валюта>руб</Валюта>
            <Единица>шт</Единица>
            <Коэффициент>1</Коэффициент>
          </Цена>
        </Цены>
        <Количество>25.0000</Количество>
      </Предложение>
    </Предложения>
  </ПакетПредложений>
</КоммерческаяИнформация>
"""


def cp1251_import() -> None:
    write("cml_no_namespace_cp1251_import.xml", CP1251_IMPORT, encoding="cp1251", newline="\n")


# --- A web shop's orders answer to 1C (mode=query): Windows-1251, no namespace, 2.05 ---------------

ORDERS_CP1251 = """<?xml version="1.0" encoding="windows-1251"?>
<КоммерческаяИнформация ВерсияСхемы="2.05" ДатаФормирования="2026-11-20T09:30:00"
                        ФорматДаты="ДФ=yyyy-MM-dd; ДЛФ=DT" ФорматВремени="ДФ=ЧЧ:мм:сс; ДЛФ=T"
                        РазделительДатаВремя="T" ФорматСуммы="ЧЦ=18; ЧДЦ=2; ЧРД=."
                        ФорматКоличества="ЧЦ=18; ЧДЦ=2; ЧРД=.">
  <Документ>
    <Ид>B1-2026-000123</Ид>
    <Номер>B1-2026-000123</Номер>
    <Дата>2026-11-14</Дата>
    <ХозОперация>Заказ товара</ХозОперация>
    <Роль>Продавец</Роль>
    <Валюта>тенге</Валюта>
    <Курс>1</Курс>
    <Сумма>11160.0000</Сумма>
    <Контрагенты>
      <Контрагент>
        <Ид>C000001#</Ид>
        <Наименование>АО Продуктовый магазин «Ак ниет»</Наименование>
        <ОфициальноеНаименование>АО Продуктовый магазин «Ак ниет»</ОфициальноеНаименование>
        <ИНН>230472058374</ИНН>
        <АдресРегистрации>
          <Представление>Алматы, мкр. Самал-2, 150</Представление>
        </АдресРегистрации>
        <Роль>Покупатель</Роль>
      </Контрагент>
    </Контрагенты>
    <Время>11:05:40</Время>
    <Комментарий>Доставка до 12:00, приёмщик Ахметов</Комментарий>
    <Товары>
      <Товар>
        <Ид>P000001</Ид>
        <Наименование>Молоко пастеризованное 2,5% «Ак Сут»</Наименование>
        <БазоваяЕдиница Код="796" НаименованиеПолное="Штука" МеждународноеСокращение="PCE">шт</БазоваяЕдиница>
        <ЦенаЗаЕдиницу>465.0000</ЦенаЗаЕдиницу>
        <Количество>24.0000</Количество>
        <Сумма>11160.00</Сумма>
        <ЗначенияРеквизитов>
          <ЗначениеРеквизита>
            <Наименование>ВидНоменклатуры</Наименование>
            <Значение>Товар</Значение>
          </ЗначениеРеквизита>
          <ЗначениеРеквизита>
            <Наименование>ТипНоменклатуры</Наименование>
            <Значение>Товар</Значение>
          </ЗначениеРеквизита>
        </ЗначенияРеквизитов>
      </Товар>
    </Товары>
    <ЗначенияРеквизитов>
      <ЗначениеРеквизита>
        <Наименование>Метод оплаты</Наименование>
        <Значение>Безналичный расчет</Значение>
      </ЗначениеРеквизита>
      <ЗначениеРеквизита>
        <Наименование>Заказ оплачен</Наименование>
        <Значение>false</Значение>
      </ЗначениеРеквизита>
      <ЗначениеРеквизита>
        <Наименование>Отменен</Наименование>
        <Значение>false</Значение>
      </ЗначениеРеквизита>
      <ЗначениеРеквизита>
        <Наименование>Дата отгрузки</Наименование>
        <Значение>15.11.2026</Значение>
      </ЗначениеРеквизита>
      <ЗначениеРеквизита>
        <Наименование>Статус заказа</Наименование>
        <Значение>[N] Принят</Значение>
      </ЗначениеРеквизита>
    </ЗначенияРеквизитов>
  </Документ>
</КоммерческаяИнформация>
"""


def orders_cp1251() -> None:
    write("cml_orders_cp1251.xml", ORDERS_CP1251, encoding="cp1251", newline="\n")


# --- Deliberately bad files ------------------------------------------------------------------------

GOOD_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<КоммерческаяИнформация xmlns="urn:1C.ru:commerceml_2" ВерсияСхемы="2.08" '
    'ДатаФормирования="2026-11-19T18:42:07">\n'
)


def bad_files() -> None:
    # cut off in the middle of a product: an interrupted upload (mode=file in chunks)
    write(
        "bad_broken.xml",
        GOOD_HEAD + '  <Каталог СодержитТолькоИзменения="false">\n    <Товары>\n      <Товар>\n'
        "        <Ид>a3f4c001-3f42-11ef-8b4c-00155d01a2b3</Ид>\n"
        "        <Наименование>Молоко 3,2% 1 л</Наимен",
        newline="\n",
    )
    # a Товар straight under Каталог (no Товары) and Цены directly under ПакетПредложений
    write(
        "bad_wrong_place.xml",
        GOOD_HEAD
        + """  <Каталог СодержитТолькоИзменения="false">
    <Ид>1</Ид>
    <Товар>
      <Ид>a3f4c001-3f42-11ef-8b4c-00155d01a2b3</Ид>
      <Наименование>Молоко 3,2% 1 л</Наименование>
    </Товар>
  </Каталог>
  <ПакетПредложений>
    <Цены>
      <Цена>
        <ИдТипаЦены>c7e8f901-3f43-11ef-8b4c-00155d01a2b3</ИдТипаЦены>
        <ЦенаЗаЕдиницу>465</ЦенаЗаЕдиницу>
      </Цена>
    </Цены>
  </ПакетПредложений>
</КоммерческаяИнформация>
""",
        newline="\n",
    )
    # the same Ид twice with different data; a price of 1e400, NaN and a negative price; Infinity stock
    write(
        "bad_duplicates_numbers.xml",
        GOOD_HEAD
        + """  <Каталог СодержитТолькоИзменения="false">
    <Ид>1</Ид>
    <Товары>
      <Товар>
        <Ид>a3f4c001-3f42-11ef-8b4c-00155d01a2b3</Ид>
        <Артикул>МЛ-032-1</Артикул>
        <Наименование>Молоко 3,2% 1 л</Наименование>
        <БазоваяЕдиница Код="796">шт</БазоваяЕдиница>
      </Товар>
      <Товар>
        <Ид>a3f4c001-3f42-11ef-8b4c-00155d01a2b3</Ид>
        <Артикул>МЛ-032-1-Д</Артикул>
        <Наименование>Молоко 3,2% 1 л (дубль)</Наименование>
        <БазоваяЕдиница Код="796">шт</БазоваяЕдиница>
      </Товар>
    </Товары>
  </Каталог>
  <ПакетПредложений СодержитТолькоИзменения="false">
    <Ид>1#</Ид>
    <ТипыЦен>
      <ТипЦены>
        <Ид>c7e8f901-3f43-11ef-8b4c-00155d01a2b3</Ид>
        <Наименование>Базовая</Наименование>
        <Валюта>KZT</Валюта>
      </ТипЦены>
    </ТипыЦен>
    <Предложения>
      <Предложение>
        <Ид>a3f4c001-3f42-11ef-8b4c-00155d01a2b3</Ид>
        <Цены>
          <Цена>
            <ИдТипаЦены>c7e8f901-3f43-11ef-8b4c-00155d01a2b3</ИдТипаЦены>
            <ЦенаЗаЕдиницу>1e400</ЦенаЗаЕдиницу>
          </Цена>
        </Цены>
        <Количество>Infinity</Количество>
      </Предложение>
      <Предложение>
        <Ид>a3f4c002-3f42-11ef-8b4c-00155d01a2b3</Ид>
        <Цены>
          <Цена>
            <ИдТипаЦены>c7e8f901-3f43-11ef-8b4c-00155d01a2b3</ИдТипаЦены>
            <ЦенаЗаЕдиницу>NaN</ЦенаЗаЕдиницу>
          </Цена>
        </Цены>
      </Предложение>
      <Предложение>
        <Ид>a3f4c005-3f42-11ef-8b4c-00155d01a2b3</Ид>
        <Цены>
          <Цена>
            <ИдТипаЦены>c7e8f901-3f43-11ef-8b4c-00155d01a2b3</ИдТипаЦены>
            <ЦенаЗаЕдиницу>-310</ЦенаЗаЕдиницу>
          </Цена>
        </Цены>
      </Предложение>
    </Предложения>
  </ПакетПредложений>
</КоммерческаяИнформация>
""",
        newline="\n",
    )
    # receivables with three date formats, a huge amount, NaN, an unknown client, a duplicate document,
    # paid more than the amount, and a row with too few cells
    rows = [
        "Документ;Дата;Клиент;Сумма;Оплачено;Срок оплаты;Заказ",
        "СФ-0000201;03.11.2026;C000002;10 000,00;0;10.11.2026;",
        "СФ-0000202;2026-11-04;C000002;20 000,00;0;2026-11-11;",
        "СФ-0000203;05.11.26;C000002;30 000,00;0;12.11.26;",
        "СФ-0000204;06.11.2026;C999999;5 000,00;0;13.11.2026;",
        "СФ-0000205;06.11.2026;C000004;1e400;0;13.11.2026;",
        "СФ-0000206;06.11.2026;C000004;NaN;0;13.11.2026;",
        "СФ-0000207;31.11.2026;C000004;1 000,00;0;07.12.2026;",
        "СФ-0000201;03.11.2026;C000002;10 000,00;10 000,00;10.11.2026;",
        "СФ-0000208;07.11.2026;C000005;1 000,00;5 000,00;14.11.2026;",
        "СФ-0000209;07.11.2026;C000005",
        "СФ-0000210;07.11.2026;C000005;12 000,00;0;14.11.2026;B1-2026-999999",
    ]
    write("bad_receivables.csv", BOM + "\n".join(rows) + "\n")
    # clients: a BIN with a wrong check digit, letters in the BIN, an unknown client type and price
    # column, a negative limit, an empty name, a duplicate code
    rows = [
        CLIENTS_HEADER,
        "C910001;ТОО Ошибка БИН;110740058743;Розница;Базовая;100000;0;;;;;;;",
        "C910002;ТОО Буквы в БИН;11074005874O;Розница;Базовая;100000;0;;;;;;;",
        "C910003;ТОО Неизвестный тип;151240086849;Оптовик;Мелкий опт;100000;0;;;;;;;",
        "C910004;ТОО Отрицательный лимит;200340076288;Розница;Базовая;-5 000;0;;;;;;;",
        "C910005;;170240040801;Розница;Базовая;100000;0;;;;;;;",
        "C910001;ТОО Дубль кода;081240008495;Розница;Базовая;100000;0;;;;;;;",
        "C910006;ТОО Лимит NaN;190360025696;Розница;Базовая;NaN;abc;;;;;;;",
    ]
    write("bad_clients.csv", BOM + "\n".join(rows) + "\n")
    # not a CSV at all: a PDF that someone renamed
    (HERE / "bad_not_a_table.csv").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")


# --- XLSX -------------------------------------------------------------------------------------------


def _sheet(title: str):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    wb.properties.creator = "1C:Enterprise 8"  # fixed, so the file is the same on every run
    fixed = dt.datetime(2026, 11, 20, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    return wb, ws


def _save(wb, name: str) -> None:
    wb.properties.modified = wb.properties.created
    wb.save(HERE / name)


def receivables_xlsx() -> None:
    from openpyxl.styles import Font

    wb, ws = _sheet("Дебиторка")
    ws.append(["Документ", "Дата", "Клиент", "Сумма", "Оплачено", "Срок оплаты", "Заказ"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    # real dates and numbers (Excel types), one date and one amount as text, an empty paid cell
    ws.append(["СФ-0000301", dt.date(2026, 11, 3), "C000002", 1534662.0, 0, dt.date(2026, 11, 10), None])
    ws.append(
        ["СФ-0000302", dt.datetime(2026, 11, 5), "040544449292", 576456, 200000, dt.date(2026, 11, 12), None]
    )
    ws.append(["СФ-0000303", "12.11.2026", "C000004", f"1{NBSP}318{NBSP}040,00", None, "19.11.2026", None])
    ws.append(
        [
            "СФ-B1-2026-000124",
            dt.date(2026, 11, 14),
            "C000001",
            209784.5,
            0,
            dt.date(2026, 11, 21),
            "B1-2026-000124",
        ]
    )
    ws.append([None, None, None, None, None, None, None])  # an empty row in the middle
    ws.append(["СФ-0000305", dt.date(2026, 11, 20), "C900001", 4250.5, 0, dt.date(2026, 12, 20), None])
    ws.append(["Итого", None, None, "=SUM(D2:D7)", "=SUM(E2:E7)", None, None])  # a formula total to skip
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["C"].width = 16
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = "DD.MM.YYYY"
    for row in ws.iter_rows(min_row=2, min_col=6, max_col=6):
        row[0].number_format = "DD.MM.YYYY"
    _save(wb, "receivables.xlsx")


def debt_statement_1c() -> None:
    """1C:Бухгалтерия для Казахстана / 1C:УТ "Ведомость по взаиморасчетам с контрагентами" saved to Excel."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb, ws = _sheet("TDSheet")  # the sheet name 1C gives a spreadsheet document saved to Excel
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="F2F2F2")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append(['ТОО "Алма Продукт Дистрибуция"'])
    ws.append(["Ведомость по взаиморасчетам с контрагентами за 01.11.2026 - 19.11.2026"])
    ws["A2"].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(["Параметры:", "Период: 01.11.2026 - 19.11.2026"])
    ws.append(
        ["Отбор:", 'Организация Равно "ТОО Алма Продукт Дистрибуция" И Вид договора Равно "С покупателем"']
    )
    ws.append(["Показатели:", "Сумма взаиморасчетов (тенге)"])
    ws.append([])
    # two header rows: names over pairs of Дт/Кт columns, merged cells as 1C writes them
    ws.append(["Контрагент", "Нач. остаток", None, "Приход", "Расход", "Кон. остаток", None])
    ws.append([None, "Дт", "Кт", None, None, "Дт", "Кт"])
    ws.merge_cells("A8:A9")
    ws.merge_cells("B8:C8")
    ws.merge_cells("D8:D9")
    ws.merge_cells("E8:E9")
    ws.merge_cells("F8:G8")
    for row in ws.iter_rows(min_row=8, max_row=9, max_col=7):
        for cell in row:
            cell.font = bold
            cell.fill = grey
            cell.border = box
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def money(value: str) -> str:
        """1C's text of an amount: NBSP thousands, decimal comma."""
        q = Decimal(value).quantize(Decimal("0.01"))
        return f"{q:,.2f}".replace(",", NBSP).replace(".", ",")

    # group row, client rows, group total; numbers as text in some cells, as numbers in others
    body = [
        ("group", "Покупатели", "5 512 746", "", "4 382 478", "2 744 904,5", "7 150 319,5", ""),
        (
            "client",
            "АО Продуктовый магазин «Ақ ниет»",
            "209 784",
            "",
            "1 250 000",
            "1 000 000",
            "459 784",
            "",
        ),
        ("client", "ИП Минимаркет «Ромашка»", "2 111 118", "", "576 456", "776 456", "1 911 118", ""),
        ("client", "ТОО Супермаркет «Алем»", "1 318 040", "", "2 556 022", "968 448,5", "2 905 613,5", ""),
        ("client", "ТОО Ресторан «Золотой колос»", "1 873 804", "", "0", "0", "1 873 804", ""),
        ("group", "Покупатели-работники", "0", "12 000", "0", "0", "0", "12 000"),
        ("client", "Сериков Данияр (подотчёт)", "", "12 000", "", "", "", "12 000"),
        ("total", "Итого", "5 512 746", "12 000", "4 382 478", "2 744 904,5", "7 150 319,5", "12 000"),
    ]
    for n, (kind, name, *amounts) in enumerate(body):
        values = []
        for text in amounts:
            if not text:
                values.append(None)
                continue
            plain = text.replace(" ", "").replace(",", ".")
            # alternate: text with NBSP thousands in even client rows, numbers elsewhere
            if kind == "client" and n % 2 == 0:
                values.append(money(plain))
            else:
                values.append(float(plain) if "." in plain else int(plain))
        ws.append([name, *values])
        row = ws.max_row
        if kind in ("group", "total"):
            for cell in ws[row]:
                cell.font = bold
                if kind == "group":
                    cell.fill = grey
        if kind == "client":
            ws.cell(row=row, column=1).alignment = Alignment(indent=1)
        for cell in ws[row][1:7]:
            if isinstance(cell.value, (int, float)):
                cell.number_format = "#,##0.00"
            cell.alignment = Alignment(horizontal="right")
    ws.column_dimensions["A"].width = 42
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 16
    _save(wb, "debt_statement_1c.xlsx")


def clients_xlsx() -> None:
    wb, ws = _sheet("Клиенты")
    ws.append(CLIENTS_HEADER.split(";"))
    ws.append(
        [
            "C000001",
            "АО Продуктовый магазин «Ақ ниет»",
            230472058374,
            "Розница",
            "Базовая",
            1500000,
            7,
            "г. Алматы",
            "Алматы",
            "Алматы, мкр. Самал-2, 150",
            "Алматы, мкр. Самал-2, 150",
            "+7 727 286-49-52",
            "info@ak-niet.kz",
            "manager1",
        ]
    )  # a BIN typed as a number: Excel keeps it, but one starting with 0 would lose its zero
    ws.append(
        [
            "C000002",
            "ИП Минимаркет «Ромашка»",
            40544449292,
            "retail",
            "BASE",
            "450 000,00",
            0,
            "г. Алматы",
            "Алматы",
            "Алматы, ул. Победы, 128",
            "Алматы, ул. Победы, 128",
            77273901122,
            None,
            None,
        ]
    )  # BIN 040544449292 and the phone stored as numbers: the leading zero and the '+' are gone
    ws.append(
        [
            "C900006",
            "ТОО «Шапағат»",
            "980640004758",
            "Собственная точка",
            "Своя сеть (−10%)",
            2000000.0,
            30,
            "г. Астана",
            "Астана",
            "Астана, ул. Сарайшык, 5",
            "Астана, ул. Сарайшык, 5",
            "8 7172 44 55 66",
            "shapagat@example.kz",
            "kam1",
        ]
    )
    _save(wb, "clients.xlsx")


def prices_xlsx() -> None:
    wb, ws = _sheet("Прайс")
    ws.append(["Прайс-лист на 20.11.2026"])  # a title row above the header
    ws.append([])
    ws.append(["Код", "Наименование", *PRICE_COLUMNS])
    ws.append(["P000001", "Молоко пастеризованное 2,5% «Ақ Сүт»", 465, 451.05, 441.75, 427.8, 446.4, 418.5])
    ws.append(
        ["P000002", "Молоко пастеризованное 3,2% «Дала»", "489,90", "475,20", None, 450.71, 470.3, 440.91]
    )
    ws.append(["P000005", "Кефир 1% «Алтын Дән»", 399, 387.03, 379.05, 367.08, 383.04, 359.1])
    _save(wb, "prices.xlsx")


def main() -> None:
    clients_utf8_bom_semicolon()
    clients_cp1251()
    clients_english_comma()
    contacts()
    products_comma()
    prices_by_column()
    receivables_cp1251()
    promotions()
    special_items()
    cp1251_import()
    orders_cp1251()
    bad_files()
    receivables_xlsx()
    debt_statement_1c()
    clients_xlsx()
    prices_xlsx()


if __name__ == "__main__":
    main()
