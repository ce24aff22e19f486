"""Word tables shared by the toy English→French and English→Korean grammars.

Each entry lists the English word with its French and Korean forms. The grammars in
`sentences.py`, `en_fr.py` and `en_ko.py` only combine these entries, so the vocabulary a
model can know is exactly what is written here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Noun:
    en: str
    en_plural: str
    fr: str
    fr_plural: str
    gender: str  # "m" or "f": picks the French article and adjective form
    ko: str
    kind: str  # "person", "animal", "food", "drink", "text" or "thing": which verbs fit


def _noun(en, fr, gender, ko, kind, en_plural=None, fr_plural=None):
    return Noun(en, en_plural or en + "s", fr, fr_plural or fr + "s", gender, ko, kind)


NOUNS = [
    _noun("cat", "chat", "m", "고양이", "animal"),
    _noun("dog", "chien", "m", "개", "animal"),
    _noun("bird", "oiseau", "m", "새", "animal", fr_plural="oiseaux"),
    _noun("horse", "cheval", "m", "말", "animal", fr_plural="chevaux"),
    _noun("student", "étudiant", "m", "학생", "person"),
    _noun("teacher", "professeur", "m", "선생님", "person"),
    _noun("doctor", "médecin", "m", "의사", "person"),
    _noun("child", "enfant", "m", "아이", "person", en_plural="children"),
    _noun("woman", "femme", "f", "여자", "person", en_plural="women"),
    _noun("man", "homme", "m", "남자", "person", en_plural="men"),
    _noun("girl", "fille", "f", "소녀", "person"),
    _noun("boy", "garçon", "m", "소년", "person"),
    _noun("friend", "ami", "m", "친구", "person"),
    _noun("mother", "mère", "f", "어머니", "person"),
    _noun("father", "père", "m", "아버지", "person"),
    _noun("sister", "sœur", "f", "여동생", "person"),
    _noun("brother", "frère", "m", "남동생", "person"),
    _noun("apple", "pomme", "f", "사과", "food"),
    _noun("bread", "pain", "m", "빵", "food"),
    _noun("cake", "gâteau", "m", "케이크", "food", fr_plural="gâteaux"),
    _noun("cheese", "fromage", "m", "치즈", "food"),
    _noun("orange", "orange", "f", "오렌지", "food"),
    _noun("soup", "soupe", "f", "수프", "food"),
    _noun("water", "eau", "f", "물", "drink", fr_plural="eaux"),
    _noun("coffee", "café", "m", "커피", "drink"),
    _noun("milk", "lait", "m", "우유", "drink"),
    _noun("juice", "jus", "m", "주스", "drink", fr_plural="jus"),
    _noun("book", "livre", "m", "책", "text"),
    _noun("letter", "lettre", "f", "편지", "text"),
    _noun("newspaper", "journal", "m", "신문", "text", fr_plural="journaux"),
    _noun("song", "chanson", "f", "노래", "text"),
    _noun("car", "voiture", "f", "차", "thing"),
    _noun("house", "maison", "f", "집", "thing"),
    _noun("table", "table", "f", "탁자", "thing"),
    _noun("garden", "jardin", "m", "정원", "thing"),
    _noun("tree", "arbre", "m", "나무", "thing"),
    _noun("flower", "fleur", "f", "꽃", "thing"),
    _noun("city", "ville", "f", "도시", "thing", en_plural="cities"),
    _noun("school", "école", "f", "학교", "thing"),
    _noun("door", "porte", "f", "문", "thing"),
    _noun("window", "fenêtre", "f", "창문", "thing"),
    _noun("chair", "chaise", "f", "의자", "thing"),
    _noun("train", "train", "m", "기차", "thing"),
    _noun("boat", "bateau", "m", "배", "thing", fr_plural="bateaux"),
    _noun("bike", "vélo", "m", "자전거", "thing"),
    _noun("computer", "ordinateur", "m", "컴퓨터", "thing"),
    _noun("phone", "téléphone", "m", "전화기", "thing"),
    _noun("hat", "chapeau", "m", "모자", "thing", fr_plural="chapeaux"),
    _noun("key", "clé", "f", "열쇠", "thing"),
    _noun("box", "boîte", "f", "상자", "thing", en_plural="boxes"),
    _noun("ball", "balle", "f", "공", "thing"),
    _noun("river", "rivière", "f", "강", "thing"),
    _noun("mountain", "montagne", "f", "산", "thing"),
    _noun("street", "rue", "f", "거리", "thing"),
    _noun("room", "chambre", "f", "방", "thing"),
    _noun("kitchen", "cuisine", "f", "부엌", "thing"),
    _noun("pen", "stylo", "m", "펜", "thing"),
    _noun("shirt", "chemise", "f", "셔츠", "thing"),
]

# Nouns that can be the place of an action ("in the garden").
PLACES = ["garden", "house", "city", "school", "room", "kitchen", "street", "car", "train", "boat"]


@dataclass(frozen=True)
class Adjective:
    en: str
    fr_m: str
    fr_f: str
    before_noun: bool  # French adjectives mostly follow the noun; these few precede it
    ko_attr: str  # Korean form before a noun ("빨간 차")
    ko_pred: str  # Korean predicate form ("차는 빨갛다")
    ko_conn: str  # Korean connective form used before "and" ("빨갛고")


ADJECTIVES = [
    Adjective("red", "rouge", "rouge", False, "빨간", "빨갛다", "빨갛고"),
    Adjective("black", "noir", "noire", False, "검은", "검다", "검고"),
    Adjective("white", "blanc", "blanche", False, "하얀", "하얗다", "하얗고"),
    Adjective("blue", "bleu", "bleue", False, "파란", "파랗다", "파랗고"),
    Adjective("green", "vert", "verte", False, "푸른", "푸르다", "푸르고"),
    Adjective("fast", "rapide", "rapide", False, "빠른", "빠르다", "빠르고"),
    Adjective("slow", "lent", "lente", False, "느린", "느리다", "느리고"),
    Adjective("happy", "heureux", "heureuse", False, "행복한", "행복하다", "행복하고"),
    Adjective("sad", "triste", "triste", False, "슬픈", "슬프다", "슬프고"),
    Adjective("cold", "froid", "froide", False, "차가운", "차갑다", "차갑고"),
    Adjective("hot", "chaud", "chaude", False, "뜨거운", "뜨겁다", "뜨겁고"),
    Adjective("tired", "fatigué", "fatiguée", False, "피곤한", "피곤하다", "피곤하고"),
    Adjective("smart", "intelligent", "intelligente", False, "똑똑한", "똑똑하다", "똑똑하고"),
    Adjective("strong", "fort", "forte", False, "강한", "강하다", "강하고"),
    Adjective("heavy", "lourd", "lourde", False, "무거운", "무겁다", "무겁고"),
    Adjective("clean", "propre", "propre", False, "깨끗한", "깨끗하다", "깨끗하고"),
    Adjective("quiet", "calme", "calme", False, "조용한", "조용하다", "조용하고"),
    Adjective("big", "grand", "grande", True, "큰", "크다", "크고"),
    Adjective("small", "petit", "petite", True, "작은", "작다", "작고"),
    Adjective("young", "jeune", "jeune", True, "젊은", "젊다", "젊고"),
    Adjective("good", "bon", "bonne", True, "좋은", "좋다", "좋고"),
    Adjective("pretty", "joli", "jolie", True, "예쁜", "예쁘다", "예쁘고"),
    Adjective("long", "long", "longue", True, "긴", "길다", "길고"),
]


@dataclass(frozen=True)
class Verb:
    en: str
    en_3sg: str
    fr: tuple[str, str, str, str, str]  # je, tu, il/elle, nous, ils/elles
    ko: str  # plain present ("먹는다")
    ko_conn: str  # connective before "and" ("먹고")
    objects: tuple[str, ...]  # noun kinds it takes as object; empty = intransitive


VERBS = [
    Verb("eat", "eats", ("mange", "manges", "mange", "mangeons", "mangent"), "먹는다", "먹고", ("food",)),
    Verb("drink", "drinks", ("bois", "bois", "boit", "buvons", "boivent"), "마신다", "마시고", ("drink",)),
    Verb("read", "reads", ("lis", "lis", "lit", "lisons", "lisent"), "읽는다", "읽고", ("text",)),
    Verb("see", "sees", ("vois", "vois", "voit", "voyons", "voient"), "본다", "보고", ("person", "animal", "thing")),
    Verb("like", "likes", ("aime", "aimes", "aime", "aimons", "aiment"), "좋아한다", "좋아하고", ("person", "animal", "food", "drink", "text", "thing")),
    Verb("want", "wants", ("veux", "veux", "veut", "voulons", "veulent"), "원한다", "원하고", ("food", "drink", "text", "thing")),
    Verb("buy", "buys", ("achète", "achètes", "achète", "achetons", "achètent"), "산다", "사고", ("food", "drink", "text", "thing")),
    Verb("find", "finds", ("trouve", "trouves", "trouve", "trouvons", "trouvent"), "찾는다", "찾고", ("person", "animal", "text", "thing")),
    Verb("make", "makes", ("fais", "fais", "fait", "faisons", "font"), "만든다", "만들고", ("food", "text")),
    Verb("carry", "carries", ("porte", "portes", "porte", "portons", "portent"), "나른다", "나르고", ("thing", "food")),
    Verb("watch", "watches", ("regarde", "regardes", "regarde", "regardons", "regardent"), "지켜본다", "지켜보고", ("person", "animal")),
    Verb("sleep", "sleeps", ("dors", "dors", "dort", "dormons", "dorment"), "잔다", "자고", ()),
    Verb("run", "runs", ("cours", "cours", "court", "courons", "courent"), "달린다", "달리고", ()),
    Verb("walk", "walks", ("marche", "marches", "marche", "marchons", "marchent"), "걷는다", "걷고", ()),
    Verb("laugh", "laughs", ("ris", "ris", "rit", "rions", "rient"), "웃는다", "웃고", ()),
    Verb("sing", "sings", ("chante", "chantes", "chante", "chantons", "chantent"), "노래한다", "노래하고", ()),
    Verb("dance", "dances", ("danse", "danses", "danse", "dansons", "dansent"), "춤춘다", "춤추고", ()),
    Verb("swim", "swims", ("nage", "nages", "nage", "nageons", "nagent"), "수영한다", "수영하고", ()),
    Verb("work", "works", ("travaille", "travailles", "travaille", "travaillons", "travaillent"), "일한다", "일하고", ()),
    Verb("cry", "cries", ("pleure", "pleures", "pleure", "pleurons", "pleurent"), "운다", "울고", ()),
]


@dataclass(frozen=True)
class Pronoun:
    en: str
    person: int  # index into Verb.fr and BE_FR: 0 je, 1 tu, 2 il/elle, 3 nous, 4 ils
    fr: str
    ko: str  # with the topic particle already attached


PRONOUNS = [
    Pronoun("i", 0, "je", "나는"),
    Pronoun("you", 1, "tu", "너는"),
    Pronoun("he", 2, "il", "그는"),
    Pronoun("she", 2, "elle", "그녀는"),
    Pronoun("we", 3, "nous", "우리는"),
    Pronoun("they", 4, "ils", "그들은"),
]

BE_EN = ("am", "are", "is", "are", "are")
BE_FR = ("suis", "es", "est", "sommes", "sont")

# Prepositional phrases: English preposition, French preposition, Korean (suffix, separate word).
PREPOSITIONS = {
    "in": ("dans", "에서", None),  # 정원에서: the particle is glued to the noun
    "on": ("sur", "위에서", "sep"),  # 탁자 위에서: a separate word after the noun
    "with": ("avec", "와", "with"),  # 개와 함께: 와/과 glued, then 함께
}

NOUN_BY_EN = {n.en: n for n in NOUNS}
