"""Function words of the languages scraped news pages come in most, for the prose test.

Prose is full of function words whatever its language, and menus, names and headlines
are not (jusText's observation; jusText ships such lists for 100 languages). These are
the most frequent articles, pronouns, prepositions, conjunctions and auxiliaries of each
language, written out by hand (about 60 each, lower case, as ``text_stats.words`` splits
them). A page is read with the list that covers most of its words (``text_stats.page_stoplist``).
Ukrainian, Azerbaijani, Arabic, Persian, Urdu and Hindi are here because the region this corpus
covers writes in them.
"""

from __future__ import annotations

STOPLISTS: dict[str, frozenset[str]] = {
    lang: frozenset(text.split())
    for lang, text in {
        "en": """
            a about above after again against all also am an and any are as at be because been before being
            below between both but by can could did do does doing down during each few for from further had has
            have having he her here hers herself him himself his how i if in into is it its itself just me more
            most my myself no nor not now of off on once only or other our ours ourselves out over own same she
            should so some such than that the their theirs them themselves then there these they this those
            through to too under until up very was we were what when where which while who whom why will with
            would you your yours yourself yourselves however although since though whose among within
            """,
        "de": """
            der die das den dem des ein eine einen einem einer eines und oder aber auch als an auf aus bei bis
            durch für gegen in im ins mit nach noch nur ob ohne seit über um unter von vor während weil wenn wie
            wird werden wurde wurden war waren ist sind sein hat haben hatte hatten kann können soll sollen
            nicht kein keine sich sie er es wir ihr ich du man dass so da dann doch schon sehr mehr zum zur
            diese dieser dieses welche welcher
            """,
        "fr": """
            le la les l un une des du de d au aux et ou mais donc car ni que qui quoi dont où ce cet cette ces
            son sa ses leur leurs il elle ils elles on nous vous je tu se ne pas plus est sont était été être
            a ont avait avoir fait dans en par pour sur avec sans sous entre comme aussi très bien tout tous
            lors après avant depuis pendant selon si y
            """,
        "es": """
            el la los las lo un una unos unas y o pero que quien cual cuyo de del al a en por para con sin sobre
            entre hasta desde como más muy también ya no ni se su sus le les me te nos es son era fue fueron ser
            está están estaba ha han había hay este esta estos estas ese esa eso cuando donde porque si sí
            durante tras según todo todos
            """,
        "it": """
            il lo la i gli le l un uno una un' e ed o ma che chi cui di del dello della dei degli delle a al allo
            alla ai agli alle da dal dalla dai in nel nello nella nei negli nelle con su sul sulla per tra fra
            non si ci ne è sono era erano stato stata essere ha hanno aveva questo questa questi quello quella
            come anche più molto se quando dove perché già sua suo suoi sue loro
            """,
        "pt": """
            o a os as um uma uns umas e ou mas que quem qual de do da dos das em no na nos nas ao aos à às por
            pelo pela pelos pelas para com sem sobre entre até desde como mais muito também já não se seu sua
            seus suas lhe é são era foi foram ser está estão estava tem têm tinha há este esta estes estas esse
            essa isso quando onde porque durante após
            """,
        "nl": """
            de het een en of maar dat die dit deze wie wat van in op te aan met voor door bij naar om over uit
            tot onder tegen zonder na als dan ook nog al niet geen is zijn was waren wordt worden werd heeft
            hebben had kan kunnen zal zou hij zij ze wij we ik je u men er hier daar zo
            """,
        "sv": """
            och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så
            kan man när år säger hon under också efter eller nu sin där vid mot ska skulle kommer ut får finns
            vara hade alla andra mycket än här då sedan över bara in blir upp även vad
            """,
        "pl": """
            i w z na do że się nie to jest jak a o po od przez za ale lub oraz czy przy dla ich jego jej tak już
            są był była było były być będzie może tym tego ten ta te który która które których go mu je ze we
            co gdy tylko jeszcze także bardzo pod nad między
            """,
        "tr": """
            ve bir bu da de için ile ama veya gibi daha çok en olan olarak ise ki ne o şu her değil var yok
            kadar sonra önce göre ancak hem mi mı mu mü şey onun bunun diye olduğu oldu olacak
            """,
        "ru": """
            и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было
            вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был него до вас нибудь
            опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была
            сам чтоб без будто чего раз тоже себе под будет это этот эта эти который которые также
            """,
        "uk": """
            і й та в у на з із зі до від за по про при без для через між під над що як не ні але або чи
            щоб бо адже це цей ця ці цього того той та його її їх він вона воно вони ми ви я ти був була
            було були буде бути є також який яка яке які коли після вже ще лише тільки так теж свої свою
            свого себе собі тому тут там де якщо можна може
            """,
        "az": """
            və bu ki da də ilə üçün olan bir o onun onlar onların biz siz mən sən isə amma lakin həm hər
            daha çox ən kimi qədər sonra əvvəl görə artıq olaraq olub olur edir etdi edib deyil var yox idi
            ona bunu buna bəzi belə necə nə niyə harada hansı həmin öz ilə də ya yaxud ancaq çünki
            """,
        "ar": """
            في من على إلى عن أن إن ما لا هذا هذه ذلك تلك التي الذي الذين كان كانت قد و أو ثم مع بين كل
            بعد قبل حتى عند هو هي هم لم لن إذا كما أي غير منذ خلال حيث لكن أيضا وقد وفي ومن وأن التى به
            بها له لها ولا فإن إلا يكون تكون عليه عليها فيه فيها
            """,
        "fa": """
            و در به از که این را با است برای آن یک تا می بر هم نیز شد شده بود کرد های ها هر اما یا اگر
            چه خود ما او آنها باید نه دیگر پس همه بین روی پیش پیش از بعد هستند هست نیست کند کنند
            شود شوند دارد دارند
            """,
        "ur": """
            کے کی کا میں ہے ہیں اور سے کو نے پر یہ وہ بھی تھا تھی تھے ہو گیا گئی کہ جو ایک اس ان کر کیا
            کرنے لیے تک بہت اپنے اپنی نہیں ہوں گا گی گے جب اب یا لیکن کیونکہ ساتھ بعد والے والی رہے رہا
            """,
        "hi": """
            के का की है में और से को पर यह वह भी था थी थे हैं हो ने कि जो एक इस उस लिए तक नहीं कर किया
            गया गई लेकिन या अपने अपनी साथ बाद रहा रही रहे होगा होगी वे ये इसके उसके जब तब कुछ सभी
            """,
    }.items()
}
