"""Whole pages in the languages the dev pages hardly cover.

Each page is written here (none is copied from a site): a menu, a cookie
banner, breadcrumbs, the headline, a byline, an article of ordinary news
prose, share buttons, related links, tags, a newsletter box, a comments
prompt and a footer. Each is cleaned as a scraper gives it one block per line
(html_text) and with its lists indented and bulleted (inscriptis): the
article's paragraphs all stay, the chrome all goes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from newsclean import clean, explain
from newsclean.cleaners.bylines import byline_reason
from newsclean.lexicon import load_lexicon


@dataclass(frozen=True)
class Page:
    """A page's parts: ``menu`` and the lists are rendered as lists."""

    menu: tuple[str, ...]
    banner: tuple[str, ...]
    crumbs: str
    headline: str
    byline: tuple[str, ...]
    article: tuple[str, ...]
    share: tuple[str, ...]
    related_heading: str
    related: tuple[str, ...]
    tags: str
    newsletter: tuple[str, ...]
    comments: tuple[str, ...]
    footer: tuple[str, ...]

    def chrome(self) -> list[str]:
        """Every line that must go."""
        return [
            *self.menu,
            *self.banner,
            self.crumbs,
            *self.byline,
            *self.share,
            self.related_heading,
            *self.related,
            self.tags,
            *self.newsletter,
            *self.comments,
            *self.footer,
        ]

    def html_text(self) -> str:
        """One block per line, a blank line between the page's parts."""
        parts = [
            self.menu,
            self.banner,
            (self.crumbs,),
            (self.headline,),
            self.byline,
            *((p,) for p in self.article),
            self.share,
            (self.related_heading, *self.related),
            (self.tags,),
            self.newsletter,
            self.comments,
            self.footer,
        ]
        return "\n\n".join("\n".join(part) for part in parts) + "\n"

    def inscriptis(self) -> str:
        """The lists indented and bulleted, as inscriptis renders them."""

        def bullets(items: tuple[str, ...]) -> str:
            return "\n".join("  * " + item for item in items)

        parts = [
            bullets(self.menu),
            "\n".join(self.banner),
            self.crumbs,
            self.headline,
            "\n".join(self.byline),
            "\n\n".join(self.article),
            bullets(self.share),
            self.related_heading + "\n" + bullets(self.related),
            self.tags,
            "\n".join(self.newsletter),
            "\n".join(self.comments),
            bullets(self.footer),
        ]
        return "\n\n".join(parts) + "\n"


PAGES: dict[str, Page] = {
    "fr": Page(
        menu=("Accueil", "International", "Politique", "Économie", "Culture", "Sport", "Se connecter"),
        banner=(
            "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience du site.",
            "Tout accepter",
            "Tout refuser",
            "Paramétrer",
        ),
        crumbs="Accueil > Régions > Bretagne",
        headline="À Lorient, le port de pêche se prépare à une saison difficile",
        byline=(
            "Par Claire Morvan",
            "Publié le 14 mars 2025 à 08h30, mis à jour à 11h02",
            "Temps de lecture : 3 min",
        ),
        article=(
            "Les bateaux de pêche de Lorient sont restés à quai plus longtemps que prévu cet hiver, en raison "
            "d'une série de tempêtes qui a empêché les équipages de sortir pendant près de trois semaines.",
            "Les armateurs estiment que les pertes dépassent déjà deux millions d'euros et demandent à l'État "
            "une aide exceptionnelle pour payer les salaires des marins.",
            "« Nous n'avons jamais connu un début d'année aussi compliqué », explique un patron pêcheur qui "
            "travaille sur le port depuis plus de vingt-cinq ans.",
            "La criée a pourtant enregistré une légère hausse des prix, les acheteurs se disputant les rares "
            "caisses de poisson débarquées entre deux coups de vent.",
            "La préfecture maritime rappelle que les règles de sécurité ne peuvent pas être assouplies, même "
            "lorsque la pression économique devient forte pour les entreprises.",
            "Une réunion entre les représentants de la filière et le ministère est prévue la semaine prochaine "
            "à Paris pour discuter des mesures de soutien.",
        ),
        share=("Partager", "Facebook", "Twitter", "Copier le lien"),
        related_heading="À lire aussi",
        related=(
            "Tempêtes : la côte bretonne compte ses dégâts",
            "Le prix du gazole inquiète les marins pêcheurs",
            "Quotas de pêche : un accord trouvé à Bruxelles",
        ),
        tags="Mots-clés : pêche, Bretagne, tempêtes",
        newsletter=(
            "Inscrivez-vous à notre newsletter",
            "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.",
            "S'inscrire",
        ),
        comments=("Réagir à cet article", "Vous devez être connecté pour publier un commentaire."),
        footer=(
            "Mentions légales",
            "Politique de confidentialité",
            "Contact",
            "© 2025 Le Journal de l'Ouest",
        ),
    ),
    "es": Page(
        menu=("Portada", "Internacional", "España", "Economía", "Deportes", "Cultura", "Iniciar sesión"),
        banner=(
            "Utilizamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad.",
            "Aceptar todas",
            "Rechazar",
            "Configurar cookies",
        ),
        crumbs="Inicio > Sociedad > Medio ambiente",
        headline="Los embalses del sur recuperan agua tras un mes de lluvias",
        byline=(
            "Por Lucía Herrera",
            "Actualizado el 3 de abril de 2025, 09:45",
            "Tiempo de lectura: 4 minutos",
        ),
        article=(
            "Los embalses de Andalucía han ganado casi diez puntos de capacidad durante marzo, gracias a "
            "unas lluvias que no se veían en la región desde hacía más de cinco años.",
            "Las autoridades del agua señalaron el martes que las restricciones al riego podrían suavizarse "
            "a partir del verano si la tendencia se mantiene en las próximas semanas.",
            "Los agricultores de la zona recibieron la noticia con cautela y recordaron que la sequía ya les "
            "ha obligado a abandonar parte de sus cultivos de regadío.",
            "«Una primavera buena no arregla un problema de tantos años», explicó el portavoz de una "
            "cooperativa de olivareros de la provincia de Jaén.",
            "Los expertos advierten de que el nivel de los acuíferos subterráneos sigue siendo muy bajo y "
            "que tardará mucho más tiempo en recuperarse.",
            "El Gobierno regional prepara un plan de obras para reducir las pérdidas en la red de tuberías, "
            "que según sus cálculos desperdicia una quinta parte del agua.",
        ),
        share=("Compartir", "Facebook", "WhatsApp", "Copiar enlace"),
        related_heading="Te puede interesar",
        related=(
            "La sequía obliga a cerrar varias piscinas municipales",
            "El precio del aceite de oliva baja por primera vez en dos años",
            "Qué significa el estado de alerta por escasez de agua",
        ),
        tags="Etiquetas: sequía, embalses, Andalucía",
        newsletter=(
            "Suscríbete a nuestro boletín",
            "Recibe cada mañana las noticias más importantes en tu correo electrónico.",
            "Suscribirme",
        ),
        comments=("Comentarios", "Debes iniciar sesión para comentar."),
        footer=(
            "Aviso legal",
            "Política de privacidad",
            "Contacto",
            "© 2025 Diario del Sur. Todos los derechos reservados.",
        ),
    ),
    "it": Page(
        menu=("Home", "Cronaca", "Politica", "Economia", "Esteri", "Sport", "Accedi"),
        banner=(
            "Questo sito utilizza cookie tecnici e di profilazione per offrirti una migliore esperienza.",
            "Accetta tutti",
            "Rifiuta tutti",
            "Gestisci preferenze",
        ),
        crumbs="Home > Cronaca > Milano",
        headline="Milano, riapre dopo due anni la biblioteca del quartiere Isola",
        byline=("di Marco Bianchi", "Pubblicato il 22 maggio 2025 alle 10:15", "Tempo di lettura: 3 minuti"),
        article=(
            "Dopo due anni di lavori la biblioteca del quartiere Isola ha riaperto sabato mattina, con una "
            "sala di lettura più grande e un nuovo spazio dedicato ai bambini.",
            "Il cantiere era stato aperto per rifare il tetto e l'impianto elettrico, ma i ritardi nella "
            "consegna dei materiali avevano fatto slittare più volte la data di apertura.",
            "All'inaugurazione erano presenti centinaia di residenti, molti dei quali avevano firmato una "
            "petizione per chiedere al comune di accelerare i lavori.",
            "«Per il quartiere questo è un punto di incontro, non solo un posto dove prendere i libri in "
            "prestito», ha detto una bibliotecaria che lavora qui da quindici anni.",
            "La biblioteca resterà aperta anche la domenica pomeriggio e ospiterà corsi gratuiti di lingua "
            "italiana per gli stranieri che vivono nella zona.",
            "Il comune ha annunciato che altri tre edifici pubblici della città saranno ristrutturati con "
            "lo stesso programma entro la fine del prossimo anno.",
        ),
        share=("Condividi", "Facebook", "WhatsApp", "Copia link"),
        related_heading="Leggi anche",
        related=(
            "Milano, nuove piste ciclabili in zona Garibaldi",
            "Scuole, il comune stanzia fondi per le palestre",
            "Il mercato coperto di via Rossi chiude per lavori",
        ),
        tags="Argomenti: biblioteche, Milano, quartieri",
        newsletter=(
            "Iscriviti alla newsletter",
            "Ricevi ogni giorno le notizie principali direttamente nella tua casella di posta.",
            "Iscriviti",
        ),
        comments=("Commenti", "Devi essere registrato per lasciare un commento."),
        footer=(
            "Chi siamo",
            "Privacy policy",
            "Contatti",
            "© 2025 Gazzetta di Città. Riproduzione riservata.",
        ),
    ),
    "pt": Page(
        menu=("Início", "Política", "Economia", "Mundo", "Desporto", "Cultura", "Entrar"),
        banner=(
            "Utilizamos cookies para melhorar a sua experiência de navegação e analisar o tráfego.",
            "Aceitar todos",
            "Rejeitar todos",
            "Definições de cookies",
        ),
        crumbs="Início > País > Lisboa",
        headline="Lisboa vai plantar dez mil árvores até ao fim do ano",
        byline=("Por Ana Ferreira", "Publicado em 8 de outubro de 2025 às 14:20", "Tempo de leitura: 3 min"),
        article=(
            "A câmara municipal de Lisboa anunciou na segunda-feira um plano para plantar dez mil árvores "
            "em ruas e praças da cidade até ao final do ano.",
            "A medida pretende reduzir a temperatura nos bairros mais densos, onde o calor do verão se tornou "
            "um problema de saúde para os moradores mais idosos.",
            "Segundo a vereadora responsável pelo ambiente, as espécies foram escolhidas por resistirem bem à "
            "seca e por precisarem de pouca água depois dos primeiros anos.",
            "Algumas associações de moradores pediram que as obras não reduzam o número de lugares de "
            "estacionamento, já escasso em várias zonas da cidade.",
            "Os técnicos da câmara garantem que a maior parte das árvores será plantada em passeios largos e "
            "em terrenos que estavam abandonados há muito tempo.",
            "O projeto custa cerca de quatro milhões de euros e será financiado em parte por fundos europeus "
            "destinados à adaptação às alterações climáticas.",
        ),
        share=("Partilhar", "Facebook", "Twitter", "Copiar link"),
        related_heading="Leia também",
        related=(
            "Onda de calor leva ao encerramento de escolas no Alentejo",
            "Novos jardins abrem na zona oriental da cidade",
            "Metro de Lisboa prolonga horário durante o verão",
        ),
        tags="Tags: Lisboa, ambiente, árvores",
        newsletter=(
            "Subscreva a nossa newsletter",
            "Receba todas as manhãs as principais notícias no seu e-mail.",
            "Subscrever",
        ),
        comments=("Comentários", "Tem de iniciar sessão para comentar."),
        footer=(
            "Sobre nós",
            "Política de privacidade",
            "Contactos",
            "© 2025 Jornal da Cidade. Todos os direitos reservados.",
        ),
    ),
    "nl": Page(
        menu=("Home", "Binnenland", "Buitenland", "Economie", "Sport", "Cultuur", "Inloggen"),
        banner=(
            "Wij gebruiken cookies om onze website te verbeteren en advertenties te tonen.",
            "Alles accepteren",
            "Alles weigeren",
            "Instellingen",
        ),
        crumbs="Home > Binnenland > Utrecht",
        headline="Utrecht breidt de fietsenstalling bij het station opnieuw uit",
        byline=("Door Sanne de Vries", "12 juni 2025, 07:45", "Leestijd: 3 minuten"),
        article=(
            "De gemeente Utrecht gaat de grote fietsenstalling bij het centraal station nog eens uitbreiden, "
            "omdat de huidige plekken op drukke dagen al voor acht uur vol zijn.",
            "Er komen ruim drieduizend nieuwe plekken bij, verdeeld over twee kleinere stallingen aan de "
            "westkant van het station.",
            "Volgens de wethouder van verkeer is het gebruik van de fiets sinds de opening van de eerste "
            "stalling harder gegroeid dan iemand had verwacht.",
            "Forenzen klagen al maanden dat ze rondjes moeten rijden om een vrije plek te vinden en daardoor "
            "hun trein missen.",
            "De bouw begint na de zomer en moet ongeveer anderhalf jaar duren, waarbij de bestaande stalling "
            "gewoon open blijft.",
            "De kosten worden geschat op twaalf miljoen euro, die de gemeente samen met de spoorbeheerder en "
            "de provincie betaalt.",
        ),
        share=("Delen", "Facebook", "WhatsApp", "Link kopiëren"),
        related_heading="Lees ook",
        related=(
            "Nieuwe fietsroute tussen Utrecht en Amersfoort geopend",
            "Station Utrecht Centraal krijgt extra perron",
            "Gemeente wil minder auto's in de binnenstad",
        ),
        tags="Tags: Utrecht, fiets, verkeer",
        newsletter=(
            "Schrijf je in voor onze nieuwsbrief",
            "Ontvang elke ochtend het belangrijkste nieuws in je mailbox.",
            "Aanmelden",
        ),
        comments=("Reacties", "Je moet ingelogd zijn om een reactie te plaatsen."),
        footer=("Over ons", "Privacybeleid", "Contact", "© 2025 Dagblad Midden. Alle rechten voorbehouden."),
    ),
    "pl": Page(
        menu=("Strona główna", "Kraj", "Świat", "Gospodarka", "Sport", "Kultura", "Zaloguj się"),
        banner=(
            "Używamy plików cookies, aby zapewnić prawidłowe działanie serwisu i dopasować reklamy.",
            "Akceptuję wszystkie",
            "Odrzuć wszystkie",
            "Ustawienia",
        ),
        crumbs="Strona główna > Kraj > Kraków",
        headline="Kraków zamknie dla aut kolejne ulice w centrum miasta",
        byline=("Autor: Piotr Nowak", "Opublikowano 4 września 2025, 12:10", "Czas czytania: 3 min"),
        article=(
            "Władze Krakowa zdecydowały, że od przyszłego roku kolejne ulice w pobliżu Rynku Głównego "
            "zostaną zamknięte dla samochodów prywatnych.",
            "Zmiana ma ograniczyć hałas i zanieczyszczenie powietrza, które według mieszkańców staje się "
            "coraz bardziej uciążliwe w sezonie turystycznym.",
            "Wjazd będzie nadal możliwy dla mieszkańców, służb ratunkowych oraz dostawców towarów do sklepów "
            "w wyznaczonych godzinach porannych.",
            "Część przedsiębiorców obawia się, że klienci przestaną przyjeżdżać do centrum i wybiorą duże "
            "centra handlowe na obrzeżach miasta.",
            "Urzędnicy zapowiadają jednak, że w tym samym czasie zwiększy się liczba tramwajów i autobusów "
            "kursujących do ścisłego centrum.",
            "Pierwsze efekty zmian mają zostać ocenione po roku, a wyniki pomiarów jakości powietrza będą "
            "publikowane co miesiąc.",
        ),
        share=("Udostępnij", "Facebook", "Twitter", "Kopiuj link"),
        related_heading="Czytaj także",
        related=(
            "Nowa linia tramwajowa połączy Kraków z Wieliczką",
            "Mieszkańcy Kazimierza skarżą się na hałas",
            "Strefa czystego transportu wchodzi w życie",
        ),
        tags="Tagi: Kraków, transport, ekologia",
        newsletter=(
            "Zapisz się do newslettera",
            "Otrzymuj codziennie najważniejsze wiadomości na swoją skrzynkę e-mail.",
            "Zapisz się",
        ),
        comments=("Komentarze", "Musisz być zalogowany, aby dodać komentarz."),
        footer=(
            "O nas",
            "Polityka prywatności",
            "Kontakt",
            "© 2025 Gazeta Miejska. Wszelkie prawa zastrzeżone.",
        ),
    ),
    "ru": Page(
        menu=("Главная", "Политика", "Экономика", "Общество", "Спорт", "Культура", "Войти"),
        banner=(
            "Мы используем файлы cookie, чтобы сайт работал лучше и показывал вам интересные материалы.",
            "Принять все",
            "Отклонить",
            "Настройки",
        ),
        crumbs="Главная > Общество > Казань",
        headline="В Казани открылся новый мост через реку Казанку",
        byline=("Автор: Ирина Соколова", "Опубликовано 15 августа 2025, 16:40", "Время чтения: 3 минуты"),
        article=(
            "В Казани в субботу открыли движение по новому мосту через реку Казанку, строительство которого "
            "продолжалось почти четыре года.",
            "Мост соединил два крупных жилых района города, жителям которых раньше приходилось ехать в объезд "
            "через центр по загруженным улицам.",
            "По словам представителей мэрии, новый маршрут сократит время поездки на работу для тысяч "
            "горожан примерно на двадцать минут.",
            "На мосту сделаны широкие тротуары и отдельная дорожка для велосипедистов, что жители давно "
            "просили у городских властей.",
            "Местные водители в первые дни жаловались на пробки у съездов, однако инженеры пообещали "
            "изменить работу светофоров на соседних перекрёстках.",
            "Строительство обошлось городскому бюджету дороже, чем планировалось, из-за роста цен на металл "
            "и бетон в прошлом году.",
        ),
        share=("Поделиться", "ВКонтакте", "Telegram", "Скопировать ссылку"),
        related_heading="Читайте также",
        related=(
            "В Казани продлят линию метро до нового района",
            "Городские власти обещают отремонтировать набережную",
            "Жители пожаловались на шум от стройки",
        ),
        tags="Теги: Казань, транспорт, мосты",
        newsletter=(
            "Подпишитесь на нашу рассылку",
            "Получайте главные новости дня на свою электронную почту каждое утро.",
            "Подписаться",
        ),
        comments=("Комментарии", "Чтобы оставить комментарий, войдите на сайт."),
        footer=(
            "О проекте",
            "Политика конфиденциальности",
            "Контакты",
            "© 2025 Городские новости. Все права защищены.",
        ),
    ),
    "sv": Page(
        menu=("Hem", "Nyheter", "Inrikes", "Utrikes", "Ekonomi", "Sport", "Logga in"),
        banner=(
            "Vi använder cookies för att ge dig en bättre upplevelse och för att visa relevanta annonser.",
            "Godkänn alla",
            "Neka alla",
            "Inställningar",
        ),
        crumbs="Hem > Nyheter > Göteborg",
        headline="Göteborg bygger ny simhall i Angered",
        byline=("Av Erik Lindqvist", "Publicerad 2 februari 2025 kl. 09.30", "Lästid: 3 minuter"),
        article=(
            "Göteborgs stad har beslutat att bygga en ny simhall i Angered, efter att den gamla anläggningen "
            "stängdes för två år sedan på grund av fuktskador.",
            "Den nya hallen får två bassänger och en särskild del för simundervisning, som skolorna i "
            "området länge har saknat.",
            "Många föräldrar har tvingats åka långt med sina barn för att de ska kunna lära sig simma, "
            "berättar en lärare på en av skolorna.",
            "Enligt kommunens beräkningar kommer bygget att kosta omkring trehundra miljoner kronor och ta "
            "ungefär tre år att slutföra.",
            "Oppositionen kritiserar att beslutet har dröjt så länge och menar att barnen i stadsdelen har "
            "fått betala priset för förseningarna.",
            "Under byggtiden ska kommunen erbjuda gratis bussresor till simhallen i Bergsjön för elever som "
            "har simlektioner.",
        ),
        share=("Dela", "Facebook", "X", "Kopiera länk"),
        related_heading="Läs också",
        related=(
            "Ny förskola öppnar i Hjällbo i höst",
            "Spårvagnen till Angered får fler avgångar",
            "Badhusen i Göteborg höjer sina priser",
        ),
        tags="Ämnen: Göteborg, simhall, skola",
        newsletter=(
            "Prenumerera på vårt nyhetsbrev",
            "Få de viktigaste nyheterna direkt i din inkorg varje morgon.",
            "Prenumerera",
        ),
        comments=("Kommentarer", "Du måste vara inloggad för att kommentera."),
        footer=(
            "Om oss",
            "Integritetspolicy",
            "Kontakt",
            "© 2025 Västra Tidningen. Alla rättigheter förbehållna.",
        ),
    ),
    "zh": Page(
        menu=("首页", "国内", "国际", "财经", "体育", "科技", "登录"),
        banner=(
            "本网站使用cookie来改善您的浏览体验并分析网站流量。",
            "全部接受",
            "全部拒绝",
            "cookie设置",
        ),
        crumbs="首页 > 社会 > 正文",
        headline="杭州新建三座城市公园 今年秋天对市民开放",
        byline=("记者 王明", "发布时间：2025年9月18日 10:30"),
        article=(
            "杭州市园林部门近日宣布，城东、城西和滨江三个区域的新公园将在今年秋天陆续向市民开放。",
            "这三座公园总面积约一百二十公顷，建设工作从两年前开始，主要利用了原来的工厂旧址和荒地。",
            "园林部门负责人表示，公园里种植了大量本地树种，并修建了步行道和自行车道，方便周边居民锻炼身体。",
            "附近不少居民说，过去周末只能开车去郊区散步，新公园建成后，走路十分钟就能到达。",
            "也有市民担心公园开放以后人流太多，停车困难，希望有关部门提前做好交通安排。",
            "据介绍，明年杭州还计划在老城区改造二十多个小型街心花园，让更多居民在家门口享受绿地。",
        ),
        share=("分享到", "微信", "微博", "复制链接"),
        related_heading="相关新闻",
        related=(
            "西湖景区周末游客数量创新高",
            "杭州地铁新线路年底试运营",
            "城市绿道建设进入第二阶段",
        ),
        tags="标签：杭州 公园 城市建设",
        newsletter=("扫码关注我们的公众号", "每天为您推送最新的本地新闻。"),
        comments=("网友评论", "登录后才能发表评论"),
        footer=("关于我们", "联系我们", "隐私政策", "版权所有 © 2025 城市日报社"),
    ),
    "ja": Page(
        menu=("ホーム", "国内", "国際", "経済", "スポーツ", "ログイン"),
        banner=(
            "当サイトでは、利便性の向上とアクセス解析のためにクッキーを使用しています。",
            "すべて許可",
            "すべて拒否",
            "設定",
        ),
        crumbs="ホーム > 社会 > 地域",
        headline="札幌で路面電車の延伸工事が始まる",
        byline=("佐藤花子 記者", "2025年11月5日 9時20分"),
        article=(
            "札幌市は四日、市電の路線を駅の北側まで延ばす工事を始めたと発表した。完成は三年後の予定だ。",
            "新しい区間はおよそ二キロで、病院や大学の近くに停留所が四つ設けられる。",
            "市の担当者によると、冬の間も安定して走れるように、線路には雪を溶かす設備を取り付けるという。",
            "沿線の商店街からは客が増えることへの期待の声が上がる一方、工事中の渋滞を心配する声もある。",
            "市は工事の時間を夜間に限るなどして、周辺の交通への影響をできるだけ小さくするとしている。",
            "総事業費は約百二十億円で、その一部は国の補助金でまかなわれる見通しだ。",
        ),
        share=("シェア", "X", "Facebook", "LINE"),
        related_heading="関連記事",
        related=(
            "札幌の地下鉄、新型車両を導入へ",
            "大雪で市電が一時運休",
            "駅前再開発の計画がまとまる",
        ),
        tags="タグ：札幌 交通 市電",
        newsletter=("メールマガジンの登録", "毎朝、主なニュースをメールでお届けします。"),
        comments=("コメント", "コメントするにはログインが必要です。"),
        footer=("会社概要", "お問い合わせ", "プライバシーポリシー", "Copyright © 2025 北海新報"),
    ),
    "ko": Page(
        menu=("홈", "정치", "경제", "사회", "국제", "스포츠", "로그인"),
        banner=(
            "이 웹사이트는 더 나은 서비스를 제공하기 위해 쿠키를 사용합니다.",
            "모두 허용",
            "모두 거부",
            "쿠키 설정",
        ),
        crumbs="홈 > 사회 > 지역",
        headline="부산시, 해안 산책로 10km 새로 조성한다",
        byline=("김민준 기자", "입력 2025.06.10 09:30"),
        article=(
            "부산시는 내년 말까지 해운대와 광안리를 잇는 해안 산책로 10킬로미터를 새로 만든다고 9일 밝혔다.",
            "새 산책로는 바다를 따라 이어지며, 중간에 전망대 다섯 곳과 쉼터 열 곳이 들어설 예정이다.",
            "시 관계자는 관광객뿐 아니라 주민들이 매일 걷고 운동할 수 있는 공간을 만드는 것이 목표라고 설명했다.",
            "일부 상인들은 공사 기간 동안 손님이 줄어들 것을 걱정하며 시에 대책을 요구하고 있다.",
            "환경 단체는 해안 생태계가 훼손되지 않도록 공사 과정을 꼼꼼히 점검해야 한다고 주장했다.",
            "사업비는 약 삼백억 원으로, 이 가운데 절반은 정부 지원금으로 충당될 것으로 보인다.",
        ),
        share=("공유하기", "페이스북", "카카오톡", "링크 복사"),
        related_heading="관련 기사",
        related=(
            "해운대 해수욕장, 올여름 방문객 역대 최다",
            "부산 도시철도 신규 노선 착공",
            "광안대교 야간 조명 새 단장",
        ),
        tags="태그: 부산 산책로 관광",
        newsletter=("뉴스레터 구독하기", "매일 아침 주요 뉴스를 이메일로 받아보세요."),
        comments=("댓글", "댓글을 작성하려면 로그인하세요."),
        footer=(
            "회사 소개",
            "개인정보처리방침",
            "이용약관",
            "Copyright © 2025 바다일보. All rights reserved.",
        ),
    ),
    "tr": Page(
        menu=("Anasayfa", "Gündem", "Ekonomi", "Dünya", "Spor", "Kültür", "Giriş yap"),
        banner=(
            "Sitemizde size daha iyi bir deneyim sunmak için çerezler kullanıyoruz.",
            "Tümünü kabul et",
            "Tümünü reddet",
            "Çerez ayarları",
        ),
        crumbs="Anasayfa > Gündem > İzmir",
        headline="İzmir'de yeni tramvay hattı için çalışmalar başladı",
        byline=("Ayşe Yılmaz", "Yayınlanma: 18 Mart 2025 10:20"),
        article=(
            "İzmir Büyükşehir Belediyesi, kentin kuzeyindeki mahalleleri merkeze bağlayacak yeni tramvay hattının "
            "yapımına pazartesi günü başladı.",
            "Yaklaşık on iki kilometre uzunluğundaki hatta on beş durak bulunacak ve çalışmaların iki yıl "
            "sürmesi bekleniyor.",
            "Belediye yetkilileri, hattın tamamlanmasıyla birlikte trafikteki yoğunluğun önemli ölçüde "
            "azalacağını söyledi.",
            "Güzergah üzerindeki bazı esnaf ise inşaat süresince müşteri kaybı yaşayacaklarından endişe ettiklerini "
            "dile getirdi.",
            "Belediye, çalışmaların gece saatlerinde yoğunlaştırılacağını ve yolların mümkün olduğunca açık "
            "tutulacağını açıkladı.",
            "Projenin maliyetinin bir kısmı uluslararası bir kalkınma bankasından alınan krediyle karşılanacak.",
        ),
        share=("Paylaş", "Facebook", "WhatsApp", "Bağlantıyı kopyala"),
        related_heading="İlgili haberler",
        related=(
            "İzmir metrosunda yeni sefer saatleri",
            "Körfez'de deniz otobüsü seferleri artırıldı",
            "Kent merkezinde bisiklet yolları genişliyor",
        ),
        tags="Etiketler: İzmir, tramvay, ulaşım",
        newsletter=(
            "Bültenimize abone olun",
            "Günün en önemli haberlerini her sabah e-posta adresinize gönderelim.",
            "Abone ol",
        ),
        comments=("Yorumlar", "Yorum yapabilmek için giriş yapmalısınız."),
        footer=(
            "Hakkımızda",
            "Gizlilik politikası",
            "İletişim",
            "© 2025 Ege Gazetesi. Tüm hakları saklıdır.",
        ),
    ),
    "cs": Page(
        menu=("Úvod", "Domácí", "Zahraničí", "Ekonomika", "Sport", "Kultura", "Přihlásit se"),
        banner=(
            "Tento web používá soubory cookies ke zlepšení vašeho zážitku a k měření návštěvnosti.",
            "Přijmout vše",
            "Odmítnout vše",
            "Nastavení cookies",
        ),
        crumbs="Úvod > Domácí > Brno",
        headline="Brněnská zoo otevřela nový pavilon pro šelmy",
        byline=("Autor: Jana Nováková", "Publikováno 12. března 2025 9:15", "Doba čtení: 3 minuty"),
        article=(
            "Zoologická zahrada v Brně otevřela v sobotu nový pavilon pro šelmy, na jehož stavbu město "
            "vyčlenilo přes sto milionů korun.",
            "Pavilon nahradil starý výběh z osmdesátých let, který už podle odborníků nesplňoval současné "
            "požadavky na chov velkých koček.",
            "Návštěvníci mohou nově sledovat tygry a levharty přes prosklenou stěnu, aniž by zvířata rušili.",
            "„Chtěli jsme, aby se zvířata mohla schovat, kdykoli budou chtít,“ uvedl ředitel zahrady, který "
            "projekt připravoval pět let.",
            "První víkend přišlo do zoo téměř deset tisíc lidí, což je nejvíce od otevření nové vstupní budovy.",
            "Zahrada letos plánuje opravit také cesty v horní části areálu a rozšířit parkoviště u hlavního vchodu.",
        ),
        share=("Sdílet", "Facebook", "X", "Kopírovat odkaz"),
        related_heading="Související články",
        related=(
            "Brno chystá novou cyklostezku podél Svratky",
            "Ceny vstupenek do zoo se letos nezmění",
            "Ve Vídni se narodilo mládě pandy",
        ),
        tags="Témata: zoo, Brno, zvířata",
        newsletter=(
            "Přihlaste se k odběru newsletteru",
            "Každé ráno vám pošleme nejdůležitější zprávy dne do e-mailu.",
            "Odebírat",
        ),
        comments=("Diskuse", "Pro vložení komentáře se musíte přihlásit."),
        footer=(
            "O nás",
            "Ochrana osobních údajů",
            "Kontakty",
            "© 2025 Moravský deník. Všechna práva vyhrazena.",
        ),
    ),
    "da": Page(
        menu=("Forside", "Indland", "Udland", "Erhverv", "Sport", "Kultur", "Log ind"),
        banner=(
            "Vi bruger cookies til at forbedre din oplevelse og til at måle trafikken på siden.",
            "Accepter alle",
            "Afvis alle",
            "Indstillinger",
        ),
        crumbs="Forside > Indland > Aarhus",
        headline="Aarhus åbner nyt havnebad på Aarhus Ø",
        byline=("Af Mette Jensen", "Publiceret 7. maj 2025 kl. 08.15", "Læsetid: 3 minutter"),
        article=(
            "Aarhus Kommune åbnede lørdag et nyt havnebad på Aarhus Ø, hvor byens borgere nu kan svømme "
            "gratis hele sommeren.",
            "Havnebadet har plads til omkring tre hundrede badende og har både et børnebassin og en fem "
            "meter høj vippe.",
            "Byggeriet blev forsinket med næsten et år, fordi vandkvaliteten i havnen skulle undersøges "
            "grundigt, før badet kunne godkendes.",
            "»Vi har ventet længe på et sted, hvor man kan tage en dukkert efter arbejde,« siger en beboer, "
            "som bor få hundrede meter fra badet.",
            "Livreddere vil være til stede hver dag mellem klokken ti og atten frem til udgangen af august.",
            "Kommunen overvejer allerede at bygge endnu et havnebad i den sydlige del af byen, hvis det nye "
            "bliver en succes.",
        ),
        share=("Del", "Facebook", "LinkedIn", "Kopiér link"),
        related_heading="Læs også",
        related=(
            "Sådan bliver vejret i weekenden",
            "Letbanen kører igen efter sporarbejde",
            "Rekordmange turister besøgte Aarhus sidste år",
        ),
        tags="Emner: Aarhus, havnebad, sommer",
        newsletter=(
            "Tilmeld dig vores nyhedsbrev",
            "Få dagens vigtigste nyheder direkte i din indbakke hver morgen.",
            "Tilmeld",
        ),
        comments=("Kommentarer", "Du skal være logget ind for at kommentere."),
        footer=(
            "Om os",
            "Privatlivspolitik",
            "Kontakt",
            "© 2025 Jyllands Dagblad. Alle rettigheder forbeholdes.",
        ),
    ),
    "fi": Page(
        menu=("Etusivu", "Kotimaa", "Ulkomaat", "Talous", "Urheilu", "Kulttuuri", "Kirjaudu sisään"),
        banner=(
            "Käytämme evästeitä parantaaksemme käyttökokemustasi ja mitataksemme sivuston käyttöä.",
            "Hyväksy kaikki",
            "Hylkää kaikki",
            "Evästeasetukset",
        ),
        crumbs="Etusivu > Kotimaa > Tampere",
        headline="Tampereen raitiotie jatkuu Lentävänniemeen",
        byline=("Anna Virtanen", "Julkaistu 14.3.2025 klo 9.30", "Lukuaika: 3 min"),
        article=(
            "Tampereen raitiotien uusi osuus Lentävänniemeen otettiin käyttöön maanantaiaamuna, noin "
            "kuukautta aiemmin kuin alun perin oli suunniteltu.",
            "Uudella osuudella on seitsemän pysäkkiä, ja vaunut kulkevat ruuhka-aikoina kymmenen minuutin välein.",
            "Kaupungin mukaan raitiotien käyttäjämäärät ovat kasvaneet tasaisesti siitä lähtien, kun "
            "ensimmäinen linja avattiin.",
            "– Moni naapuri on jo jättänyt auton kotiin, kertoo Lentävänniemessä asuva eläkeläinen, joka "
            "odotti pysäkillä ensimmäistä vuoroa.",
            "Rakentamisen aikana osa alueen yrittäjistä valitti, että työmaa vaikeutti asiakkaiden pääsyä liikkeisiin.",
            "Seuraavaksi kaupunki selvittää, voisiko raitiotietä jatkaa myös Pirkkalan suuntaan.",
        ),
        share=("Jaa", "Facebook", "WhatsApp", "Kopioi linkki"),
        related_heading="Lue myös",
        related=(
            "Bussilinjat muuttuvat elokuussa",
            "Hervannan valtaväylä suljetaan viikonlopuksi",
            "Tampere nousi suosituimpien kaupunkien kärkeen",
        ),
        tags="Aiheet: Tampere, raitiotie, joukkoliikenne",
        newsletter=(
            "Tilaa uutiskirjeemme",
            "Saat päivän tärkeimmät uutiset sähköpostiisi joka aamu.",
            "Tilaa",
        ),
        comments=("Kommentit", "Kirjaudu sisään kommentoidaksesi."),
        footer=(
            "Tietoa meistä",
            "Tietosuojaseloste",
            "Yhteystiedot",
            "© 2025 Hämeen Sanomat. Kaikki oikeudet pidätetään.",
        ),
    ),
    "hu": Page(
        menu=("Címlap", "Belföld", "Külföld", "Gazdaság", "Sport", "Kultúra", "Belépés"),
        banner=(
            "Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.",
            "Összes elfogadása",
            "Összes elutasítása",
            "Sütibeállítások",
        ),
        crumbs="Címlap > Belföld > Debrecen",
        headline="Megnyílt a felújított debreceni Nagyerdei strand",
        byline=("Szerző: Kovács Anna", "Közzétéve: 2025. június 12. 10:15", "Olvasási idő: 3 perc"),
        article=(
            "Két év felújítás után szombaton újra megnyitotta kapuit a debreceni Nagyerdei strand, ahol az "
            "első napon több ezer látogató fordult meg.",
            "A medencéket teljesen átépítették, és a gyerekek számára egy új, sekély vizű játszómedencét is "
            "kialakítottak.",
            "A város vezetése szerint a beruházás költsége meghaladta a négymilliárd forintot, amelynek nagy "
            "részét uniós forrásból fedezték.",
            "„Régóta vártunk erre, gyerekkorom óta ide járok nyaranta” – mondta egy helyi lakos, aki "
            "családjával érkezett a megnyitóra.",
            "A strand idén szeptember közepéig tart nyitva, a belépőjegyek ára nem változott a tavalyihoz képest.",
            "Az önkormányzat azt tervezi, hogy a következő években a környező park sétányait is felújítják.",
        ),
        share=("Megosztás", "Facebook", "Messenger", "Link másolása"),
        related_heading="Kapcsolódó cikkek",
        related=(
            "Hőségriasztás lép életbe a hétvégén",
            "Új buszjárat indul a Nagyerdőre",
            "Rekordot döntött a debreceni virágkarnevál",
        ),
        tags="Címkék: Debrecen, strand, nyár",
        newsletter=(
            "Iratkozzon fel hírlevelünkre",
            "Minden reggel elküldjük a nap legfontosabb híreit az e-mail-címére.",
            "Feliratkozom",
        ),
        comments=("Hozzászólások", "Hozzászóláshoz be kell jelentkeznie."),
        footer=(
            "Impresszum",
            "Adatvédelmi tájékoztató",
            "Kapcsolat",
            "© 2025 Alföldi Hírek. Minden jog fenntartva.",
        ),
    ),
    "no": Page(
        menu=("Forsiden", "Innenriks", "Utenriks", "Økonomi", "Sport", "Kultur", "Logg inn"),
        banner=(
            "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse og for å måle trafikken.",
            "Godta alle",
            "Avvis alle",
            "Innstillinger",
        ),
        crumbs="Forsiden > Innenriks > Bergen",
        headline="Bergen får bybane til Åsane",
        byline=("Av Ingrid Solberg", "Publisert 3. april 2025 kl. 10.20", "Lesetid: 3 minutter"),
        article=(
            "Bystyret i Bergen vedtok onsdag å bygge bybanen videre fra sentrum til Åsane, etter flere år "
            "med politisk strid om traseen.",
            "Den nye strekningen blir rundt tretten kilometer lang og skal etter planen stå ferdig i løpet av 2031.",
            "Motstanderne har ment at banen blir for dyr, og at pengene heller burde brukes på flere "
            "bussavganger i bydelene.",
            "– Dette er en viktig dag for alle som pendler inn til byen hver morgen, sa byrådslederen etter "
            "avstemningen.",
            "Prosjektet er beregnet å koste omtrent ti milliarder kroner, og staten skal dekke halvparten av regningen.",
            "Arbeidet med å flytte vann- og avløpsledninger langs traseen starter allerede til høsten.",
        ),
        share=("Del", "Facebook", "Messenger", "Kopier lenke"),
        related_heading="Les også",
        related=(
            "Bomringen i Bergen får nye priser",
            "Fløibanen stenger for vedlikehold",
            "Rekordmange reiste kollektivt i fjor",
        ),
        tags="Emner: Bergen, bybane, samferdsel",
        newsletter=(
            "Meld deg på nyhetsbrevet vårt",
            "Få dagens viktigste nyheter rett i innboksen hver morgen.",
            "Meld meg på",
        ),
        comments=("Kommentarer", "Du må være logget inn for å kommentere."),
        footer=(
            "Om oss",
            "Personvern",
            "Kontakt oss",
            "© 2025 Vestlandsposten. Alle rettigheter reservert.",
        ),
    ),
    "uk": Page(
        menu=("Головна", "Новини", "Політика", "Економіка", "Спорт", "Культура", "Увійти"),
        banner=(
            "Ми використовуємо файли cookie, щоб покращити роботу сайту.",
            "Прийняти все",
            "Відхилити",
            "Налаштування",
        ),
        crumbs="Головна > Новини > Львів",
        headline="У Львові відкрили оновлений центральний ринок",
        byline=("Автор: Оксана Мельник", "15.08.2025, 16:40"),
        article=(
            "У Львові після двох років реконструкції знову відкрили центральний ринок, який був одним із "
            "найстаріших торговельних місць міста.",
            "Під час ремонту замінили дах, систему опалення та всі прилавки, а для відвідувачів облаштували "
            "новий вхід з боку трамвайної зупинки.",
            "Міська рада повідомила, що роботи коштували близько двохсот мільйонів гривень, частину яких "
            "виділили з державного бюджету.",
            "«Тепер тут тепло навіть узимку, і покупців стало значно більше», — розповіла продавчиня овочів, "
            "яка торгує на ринку понад двадцять років.",
            "Деякі підприємці, однак, скаржаться, що оренда місць після ремонту зросла майже вдвічі.",
            "У мерії обіцяють переглянути ціни для дрібних фермерів уже до кінця року.",
        ),
        share=("Facebook", "Telegram", "Viber", "👁 1 245"),
        related_heading="Читайте також",
        related=(
            "Львівський трамвай змінює маршрути",
            "На Ринковій площі встановлять нові лавки",
            "Ціни на овочі знизилися вперше за рік",
        ),
        tags="Теги: Львів, ринок, ремонт",
        newsletter=(
            "Підпишіться на нашу розсилку",
            "Найважливіші новини дня щоранку у вашій поштовій скриньці.",
            "Підписатися",
        ),
        comments=("Коментарі", "Щоб залишити коментар, увійдіть на сайт."),
        footer=(
            "Про нас",
            "Контакти",
            "Реклама",
            "© 2025 Львівські вісті. Усі права захищено.",
            "www.lvivvisti.ua",
        ),
    ),
    "id": Page(
        menu=("Beranda", "Berita", "Nasional", "Ekonomi", "Olahraga", "Hiburan", "Masuk"),
        banner=(
            "Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.",
            "Terima semua",
            "Tolak",
            "Pengaturan",
        ),
        crumbs="Beranda > Berita > Bandung",
        headline="Bandung resmikan taman kota baru di kawasan Dago",
        byline=("Penulis: Rina Wulandari", "Senin, 14 April 2025 | 09:15 WIB"),
        article=(
            "Pemerintah Kota Bandung meresmikan taman kota baru di kawasan Dago pada Sabtu pagi, setelah "
            "pembangunan yang berlangsung hampir satu tahun.",
            "Taman seluas dua hektare itu dilengkapi jalur pejalan kaki, area bermain anak, dan panggung "
            "terbuka untuk pertunjukan seni.",
            "Wali kota mengatakan lahan tersebut sebelumnya merupakan gudang milik pemerintah yang sudah lama "
            "tidak digunakan.",
            '"Anak-anak sekarang punya tempat bermain yang aman dan dekat dari rumah," kata seorang warga '
            "yang datang bersama keluarganya.",
            "Pengelola taman akan membatasi jumlah pengunjung pada akhir pekan agar fasilitas tidak cepat rusak.",
            "Pemerintah kota berencana membangun tiga taman serupa di wilayah timur Bandung hingga akhir tahun depan.",
        ),
        share=("Bagikan", "Facebook", "WhatsApp", "Salin tautan"),
        related_heading="Baca juga",
        related=(
            "Jalan Braga ditutup untuk kendaraan setiap Minggu",
            "Harga cabai di pasar Bandung turun",
            "Festival kuliner digelar di Gedung Sate",
        ),
        tags="Tag: Bandung, taman kota, ruang terbuka hijau",
        newsletter=(
            "Berlangganan newsletter kami",
            "Dapatkan berita terpenting setiap pagi langsung ke email Anda.",
            "Daftar",
        ),
        comments=("Komentar", "Silakan masuk untuk berkomentar."),
        footer=(
            "Tentang kami",
            "Kontak",
            "Pedoman media siber",
            "© 2025 Kabar Priangan. Hak cipta dilindungi.",
            "www.kabarpriangan.id",
        ),
    ),
    "vi": Page(
        menu=("Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Thể thao", "Giải trí", "Đăng nhập"),
        banner=(
            "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web.",
            "Chấp nhận tất cả",
            "Từ chối",
            "Cài đặt",
        ),
        crumbs="Trang chủ > Thời sự > Đà Nẵng",
        headline="Đà Nẵng mở thêm tuyến xe buýt ra sân bay",
        byline=("Nguyễn Thu Hà", "Thứ hai, 10/3/2025, 08:30 (GMT+7)"),
        article=(
            "Từ sáng thứ hai, thành phố Đà Nẵng đưa vào hoạt động thêm một tuyến xe buýt nối trung tâm với "
            "sân bay quốc tế, phục vụ người dân và du khách.",
            "Tuyến mới dài khoảng mười hai cây số, có mười tám điểm dừng và chạy từ năm giờ sáng đến mười "
            "giờ tối mỗi ngày.",
            "Theo Sở Giao thông vận tải, giá vé một lượt là mười nghìn đồng, học sinh và người cao tuổi được "
            "giảm một nửa.",
            "Một tài xế taxi cho biết anh lo ngại thu nhập sẽ giảm, nhưng cũng thừa nhận xe buýt giúp giảm "
            "ùn tắc vào giờ cao điểm.",
            "Thành phố dự kiến mở thêm ba tuyến nữa trong năm nay nếu lượng khách trên tuyến đầu tiên đạt kỳ vọng.",
            "Các tuyến xe buýt hiện nay đều được trang bị hệ thống thanh toán không dùng tiền mặt.",
        ),
        share=("Chia sẻ", "Facebook", "Zalo", "Sao chép liên kết"),
        related_heading="Tin liên quan",
        related=(
            "Đà Nẵng cấm xe tải vào nội thành giờ cao điểm",
            "Cầu Rồng phun lửa vào cuối tuần",
            "Lượng khách du lịch tăng mạnh dịp lễ",
        ),
        tags="Từ khóa: Đà Nẵng, xe buýt, giao thông",
        newsletter=(
            "Đăng ký nhận bản tin",
            "Nhận những tin tức quan trọng nhất mỗi sáng qua email của bạn.",
            "Đăng ký",
        ),
        comments=("Ý kiến bạn đọc", "Vui lòng đăng nhập để bình luận."),
        footer=(
            "Giới thiệu",
            "Liên hệ",
            "Quảng cáo",
            "© 2025 Báo Miền Trung. Bảo lưu mọi quyền.",
            "www.baomientrung.vn",
        ),
    ),
    "ar": Page(
        menu=("الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "تسجيل الدخول"),
        banner=(
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.",
            "قبول الكل",
            "رفض",
            "الإعدادات",
        ),
        crumbs="الرئيسية > أخبار > عمّان",
        headline="عمّان تفتتح حديقة عامة جديدة في وسط المدينة",
        byline=("بقلم: سارة الخطيب", "2025/04/18 10:30"),
        article=(
            "افتتحت أمانة عمّان يوم السبت حديقة عامة جديدة في وسط المدينة، على أرض كانت تستخدم منذ سنوات "
            "طويلة موقفا للسيارات.",
            "وتضم الحديقة ممرات للمشي وملعبا للأطفال وأكثر من خمسمئة شجرة زرعت خلال الأشهر الماضية، بحسب "
            "ما أعلنت الأمانة.",
            "وقال أحد سكان الحي إن العائلات كانت تفتقر إلى مكان آمن يلعب فيه الأطفال بعيدا عن الشوارع المزدحمة.",
            "فهل تكفي حديقة واحدة لمدينة يسكنها أكثر من أربعة ملايين نسمة؟",
            "وأكدت الأمانة أنها تعمل على تصميم ثلاث حدائق أخرى في الأحياء الشرقية، على أن يبدأ العمل فيها "
            "مطلع العام المقبل.",
            "ومن المقرر أن تفتح الحديقة أبوابها يوميا من السادسة صباحا حتى منتصف الليل، ويكون الدخول إليها مجانيا.",
        ),
        share=("مشاركة", "Facebook", "X", "WhatsApp"),
        related_heading="اقرأ أيضا",
        related=(
            "أمطار غزيرة متوقعة نهاية الأسبوع",
            "افتتاح خط حافلات سريع جديد",
            "ارتفاع أسعار الخضار في الأسواق",
        ),
        tags="الوسوم: عمّان، حدائق، بيئة",
        newsletter=(
            "اشترك في نشرتنا البريدية",
            "احصل على أهم الأخبار يوميا في بريدك الإلكتروني.",
            "اشترك",
        ),
        comments=("التعليقات", "يجب تسجيل الدخول لإضافة تعليق."),
        footer=(
            "من نحن",
            "اتصل بنا",
            "سياسة الخصوصية",
            "© 2025 صحيفة المدينة. جميع الحقوق محفوظة.",
            "www.almadina-news.jo",
        ),
    ),
}


@pytest.mark.parametrize("style", ["html_text", "inscriptis"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_whole_page_keeps_its_article_and_drops_its_chrome(lang: str, style: str) -> None:
    page = PAGES[lang]
    text = page.html_text() if style == "html_text" else page.inscriptis()
    kept = set(clean(text).splitlines())
    lost = [p for p in page.article if p not in kept]
    assert not lost, lost
    left = [c for c in page.chrome() if c in kept]
    assert not left, left


# the button of a newsletter's box is a label of its language ("Subscribe"),
# wherever the box stands, not only when it is outside the article
@pytest.mark.parametrize("lang", ["cs", "da", "hu", "no", "uk", "id", "vi", "ar"])
def test_a_newsletter_button_is_a_label(lang: str) -> None:
    button = PAGES[lang].newsletter[-1]
    text = "\n".join((*PAGES[lang].article[:3], button, *PAGES[lang].article[3:]))
    decided = {b.text: b for b in explain(text).blocks}
    assert decided[button].kept is False
    assert decided[button].cleaner == "labels"


# (a Czech text is full of words it shares with Polish, Portuguese and
# French, "a", "na", "se", "je", "do": it is told by the words only it has;
# so is a Ukrainian one, which shares "на", "не", "до", "за" with Russian,
# and an Indonesian one, whose "di", "para" and "dan" are Italian, Spanish
# and Dutch words too)
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_whole_page_is_told_in_its_language(lang: str) -> None:
    page = PAGES[lang]
    assert explain(page.html_text()).language == lang
    assert explain(page.inscriptis()).language == lang


# (a Japanese headline shares few pairs of characters with its article: a
# Sino-Japanese compound in the title, "延伸", "路面電車", where the text says
# the native verb or a short form, "延ばす", "市電"; it is compared on the
# pairs within its compounds, which cover enough of its characters)
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_whole_page_keeps_its_headline(lang: str) -> None:
    page = PAGES[lang]
    assert page.headline in clean(page.html_text()).splitlines()
    assert page.headline in clean(page.inscriptis()).splitlines()


@pytest.mark.parametrize(
    "line",
    [
        "Reading time: 3 min",
        "Lesezeit: 4 Minuten",
        "Tiempo de lectura: 5 minutos",
        "Tempo di lettura: 2 minuti",
    ],
)
def test_a_reading_time_with_its_label_goes(line: str) -> None:
    page = PAGES["fr"]
    text = page.html_text().replace(page.byline[0], page.byline[0] + "\n" + line)
    assert line not in clean(text).splitlines()
    assert page.headline in clean(text).splitlines()


def test_a_counter_label_with_a_bare_number_or_words_is_no_reading_time() -> None:
    lex = load_lexicon()
    for line in ("Reading time: the slow pleasure of long novels", "Reading time: 3"):
        assert byline_reason(line, len(line.split()), False, lex, language="en") != "a reading time"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Sigue leyendo la noticia"),
        ("tr", "Haberin devamı için tıklayın"),
        ("fr", "Lire la suite de l'article"),
    ],
)
def test_a_read_more_link_above_the_article_is_no_headline(lang: str, line: str) -> None:
    page = PAGES[lang]
    text = page.html_text().replace(page.byline[-1], page.byline[-1] + "\n" + line)
    kept = clean(text).splitlines()
    assert line not in kept
    assert page.headline in kept


@pytest.mark.parametrize(
    "line",
    [
        "Okuma süresi: 3 dakika",
        "Czas czytania: 4 min",
        "Tempo de leitura: 5 minutos",
        "Doba čtení: 3 minuty",
        "Læsetid: 4 minutter",
        "Lukuaika: 5 min",
        "Olvasási idő: 3 perc",
        "Lesetid: 2 minutter",
    ],
)
def test_a_reading_time_is_a_counter_line(line: str) -> None:
    reason = byline_reason(line, len(line.split()), False, load_lexicon(), language="und")
    assert reason == "a reading time"


# an advertisement's label, its break ("the story continues below the ad") and
# a link to another story, in the middle of the article
AD_BREAKS: dict[str, tuple[str, ...]] = {
    "es": (
        "Publicidad",
        "La noticia continúa debajo del anuncio",
        "Lee también: El agua vuelve a los pantanos",
    ),
    "it": (
        "Pubblicità",
        "L'articolo continua sotto la pubblicità",
        "Leggi anche: La biblioteca più antica compie cent'anni",
    ),
    "pt": (
        "Publicidade",
        "O artigo continua após a publicidade",
        "Leia também: Lisboa tem cada vez mais jardins",
    ),
    "fr": (
        "Publicité",
        "L'article continue après la publicité",
        "Lire aussi : La pêche bretonne face aux tempêtes",
    ),
    "nl": (
        "Advertentie",
        "Het artikel gaat verder onder de advertentie",
        "Lees ook: Fietsers klagen over drukte",
    ),
    "pl": ("Reklama", "Dalsza część artykułu pod reklamą", "Czytaj także: Centrum miasta bez samochodów"),
    "ru": ("Реклама", "Продолжение статьи под рекламой", "Читайте также: Как строили мосты"),
    "sv": ("Annons", "Artikeln fortsätter under annonsen", "Läs också: Simhallarna slits ut"),
    "tr": ("Reklam", "Haberin devamı reklamın altında", "Bunu da okuyun: Ulaşıma yeni yatırım"),
    "ko": ("광고", "기사 계속 보기", "함께 보면 좋은 기사: 바닷길 걷기 인기"),
    "zh": ("广告", "相关阅读：公园数量创新高"),
    "uk": ("Реклама", "Продовження статті під рекламою", "Читайте також: Як ремонтували трамвайні колії"),
    "id": ("Iklan", "Scroll untuk melanjutkan membaca", "Baca juga: Warga antusias menyambut taman baru"),
    "vi": ("Quảng cáo", "Xem thêm: Thành phố thử nghiệm xe buýt điện"),
    "ar": ("إعلان", "اقرأ أيضا: ارتفاع عدد زوار الحدائق العامة"),
}


@pytest.mark.parametrize("lang", sorted(AD_BREAKS))
def test_an_ad_break_in_the_article_goes_and_the_article_stays_whole(lang: str) -> None:
    page = PAGES[lang]
    article = (*page.article[:3], *AD_BREAKS[lang], *page.article[3:])
    for text in (replace(page, article=article).html_text(), replace(page, article=article).inscriptis()):
        kept = clean(text).splitlines()
        assert [p for p in page.article if p not in kept] == []
        assert [c for c in AD_BREAKS[lang] if c in kept] == []


# The chrome whose words only a lexicon knows goes inside the article too,
# between two of its paragraphs, where no structure tells it: the cookie
# notice, the related links' heading, the tags' label, the newsletter's pitch
# and button, the comments' heading and prompt.
@pytest.mark.parametrize("lang", ["uk", "id", "vi", "ar"])
def test_word_bound_chrome_inside_the_article_goes(lang: str) -> None:
    page = PAGES[lang]
    chrome = (page.banner[0], page.related_heading, page.tags, *page.newsletter, *page.comments)
    kept = clean("\n".join((*page.article[:3], *chrome, *page.article[3:]))).splitlines()
    assert [p for p in page.article if p not in kept] == []
    assert [c for c in chrome if c in kept] == []


# Pages in languages without a lexicon (Greek, Hindi): only the
# structural rules, the marks ("©", ">") and the labels every lexicon shares
# (the platforms' names) can tell their chrome. The article must stay whole
# all the same.
NO_LEXICON: dict[str, Page] = {
    "el": Page(
        menu=("Αρχική", "Ελλάδα", "Κόσμος", "Οικονομία", "Αθλητισμός", "Πολιτισμός", "Σύνδεση"),
        banner=(
            "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας στον ιστότοπο.",
            "Αποδοχή όλων",
            "Απόρριψη",
            "Ρυθμίσεις",
        ),
        crumbs="Αρχική > Ελλάδα > Θεσσαλονίκη",
        headline="Θεσσαλονίκη: Σε λειτουργία η επέκταση του μετρό προς την Καλαμαριά",
        byline=("Της Μαρίας Παπαδοπούλου", "12/06/2025 09:45"),
        article=(
            "Σε λειτουργία τέθηκε από το πρωί της Δευτέρας η επέκταση του μετρό της Θεσσαλονίκης προς την "
            "Καλαμαριά, με πέντε νέους σταθμούς.",
            "Οι πρώτοι επιβάτες γέμισαν τους συρμούς από τις έξι το πρωί, ενώ πολλοί κάτοικοι της περιοχής "
            "ήρθαν απλώς για να δουν τους σταθμούς.",
            "Σύμφωνα με την εταιρεία που διαχειρίζεται το δίκτυο, τα τρένα θα περνούν κάθε τέσσερα λεπτά τις "
            "ώρες αιχμής.",
            "«Περιμέναμε αυτή τη μέρα πάνω από δέκα χρόνια», είπε μια συνταξιούχος που μένει κοντά στον "
            "σταθμό της Νομαρχίας.",
            "Το ερώτημα που απασχολεί τώρα πολλούς είναι πότε θα φτάσει το μετρό και στο αεροδρόμιο;",
            "Το υπουργείο Μεταφορών εκτιμά ότι οι εργασίες για τη σύνδεση με το αεροδρόμιο θα ξεκινήσουν "
            "μέσα στον επόμενο χρόνο.",
        ),
        share=("Facebook", "X", "Viber", "Email"),
        related_heading="Διαβάστε επίσης",
        related=(
            "Νέα δρομολόγια για τα λεωφορεία της πόλης",
            "Κλειστή η παραλιακή λεωφόρος το Σαββατοκύριακο",
            "Ρεκόρ επισκεπτών στη Θεσσαλονίκη",
        ),
        tags="Ετικέτες: μετρό, Θεσσαλονίκη, συγκοινωνίες",
        newsletter=(
            "Εγγραφείτε στο newsletter μας",
            "Λάβετε κάθε πρωί τις σημαντικότερες ειδήσεις στο email σας.",
            "Εγγραφή",
        ),
        comments=("Σχόλια", "Πρέπει να συνδεθείτε για να σχολιάσετε."),
        footer=(
            "Ποιοι είμαστε",
            "Επικοινωνία",
            "Όροι χρήσης",
            "© 2025 Βόρεια Νέα. Με την επιφύλαξη παντός δικαιώματος.",
            "www.voreianea.gr",
        ),
    ),
    "hi": Page(
        menu=("होम", "देश", "दुनिया", "राजनीति", "खेल", "मनोरंजन", "लॉग इन"),
        banner=(
            "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
            "सभी स्वीकार करें",
            "अस्वीकार करें",
            "सेटिंग्स",
        ),
        crumbs="होम > राज्य > राजस्थान",
        headline="जयपुर में मेट्रो के दूसरे चरण का काम शुरू",
        byline=("रिपोर्ट: अनीता शर्मा", "18 मार्च 2025, 10:20 AM IST"),
        article=(
            "जयपुर में मेट्रो के दूसरे चरण का निर्माण कार्य सोमवार को शुरू हो गया, जिससे शहर के उत्तरी "
            "इलाकों को सीधे रेलवे स्टेशन से जोड़ा जाएगा।",
            "नई लाइन लगभग बीस किलोमीटर लंबी होगी और इस पर कुल सत्रह स्टेशन बनाए जाएंगे।",
            "अधिकारियों के अनुसार परियोजना को पूरा होने में चार साल लगेंगे और इसकी लागत करीब छह हजार करोड़ रुपये होगी।",
            "एक दुकानदार ने कहा, “निर्माण के दौरान ग्राहक कम हो सकते हैं, लेकिन बाद में पूरे बाज़ार को फायदा होगा।”",
            "यातायात पुलिस ने बताया कि काम के दौरान कुछ सड़कों पर वाहनों के लिए वैकल्पिक रास्ते तय किए जाएंगे।",
            "राज्य सरकार का कहना है कि मेट्रो से शहर में प्रदूषण और जाम दोनों में कमी आएगी।",
        ),
        share=("शेयर करें", "Facebook", "WhatsApp", "X"),
        related_heading="ये भी पढ़ें",
        related=(
            "जयपुर में बस किराए में बढ़ोतरी",
            "गर्मी से पहले पानी की आपूर्ति पर बैठक",
            "पुराने शहर में नई पार्किंग तैयार",
        ),
        tags="टैग: जयपुर, मेट्रो, परिवहन",
        newsletter=(
            "हमारे न्यूज़लेटर की सदस्यता लें",
            "हर सुबह दिन की सबसे बड़ी खबरें सीधे अपने ईमेल में पाएं।",
            "सदस्यता लें",
        ),
        comments=("टिप्पणियां", "टिप्पणी करने के लिए लॉग इन करें।"),
        footer=(
            "हमारे बारे में",
            "संपर्क करें",
            "गोपनीयता नीति",
            "© 2025 राजस्थान समाचार। सर्वाधिकार सुरक्षित।",
            "www.rajasthansamachar.in",
        ),
    ),
}


def _structural_chrome(page: Page) -> list[str]:
    """The chrome a page in any language loses to the structural rules:
    its menu and its share buttons (a run of lines of a word or two), its
    breadcrumbs (parted by ">"), its timestamp (a date in digits and a time;
    Hindi names its month, "18 मार्च 2025", but its time of day is in digits),
    the list of related links under the article, and the footer's copyright
    ("©") and address lines.

    What stays out of it is word-bound: the cookie banner's sentence and
    buttons, the byline's word ("Της", "रिपोर्ट:"), the related links'
    heading, the tags' label, the newsletter's pitch and button, the comments
    prompt, the footer's links. No lexicon knows these words; on these pages
    they go because they sit outside the article, and inside it (a newsletter
    pitch between two paragraphs) they would stay.
    """
    return [*page.menu, page.crumbs, page.byline[-1], *page.share, *page.related, *page.footer[-2:]]


@pytest.mark.parametrize("style", ["html_text", "inscriptis"])
@pytest.mark.parametrize("lang", sorted(NO_LEXICON))
def test_a_page_without_a_lexicon_keeps_its_article_and_drops_its_structural_chrome(
    lang: str, style: str
) -> None:
    page = NO_LEXICON[lang]
    text = page.html_text() if style == "html_text" else page.inscriptis()
    kept = set(clean(text).splitlines())
    assert [p for p in (page.headline, *page.article) if p not in kept] == []
    assert [c for c in _structural_chrome(page) if c in kept] == []


@pytest.mark.parametrize(
    "line",
    ["Thứ hai, 10/3/2025, 08:30 (GMT+7)", "Δευτέρα, 12/06/2025 09:45", "Chủ nhật, 9/3/2025 - 21:05"],
)
def test_a_date_in_digits_after_a_weekday_of_any_language_is_a_timestamp(line: str) -> None:
    # the weekday is one or two words parted from the date by a comma; a
    # clause before a date ("Hôm nay là 10/3/2025": "today is") is none
    assert byline_reason(line, len(line.split()), False, load_lexicon()) is not None
    assert byline_reason("Hôm nay là 10/3/2025", 4, False, load_lexicon()) is None
