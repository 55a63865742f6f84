"""Demo schools: fictional schools in the county's real towns (URNs in a range the DfE does not use)."""

from .models import School

P, S, SP, AT, N = (
    School.Phase.PRIMARY,
    School.Phase.SECONDARY,
    School.Phase.SPECIAL,
    School.Phase.ALL_THROUGH,
    School.Phase.NURSERY,
)
T = School.Type

SCHOOLS = [
    # Alliance lead schools: two special, an early-years centre, two primary, three secondary,
    # one all-through and one trust academy, as the county's strategy describes them.
    ("990001", "Nene Valley Special School", SP, T.SPECIAL, "Northampton"),
    ("990002", "Billing Brook Park School", SP, T.SPECIAL, "Northampton"),
    ("990003", "Pen Green Early Years Centre", N, T.MAINTAINED_NURSERY, "Corby"),
    ("990004", "Abington Vale Primary School", P, T.COMMUNITY, "Northampton"),
    ("990005", "Kingsthorpe Village Primary School", P, T.ACADEMY, "Northampton"),
    ("990006", "Kettering Park Academy", S, T.ACADEMY, "Kettering"),
    ("990007", "Wellingborough School of Science", S, T.ACADEMY, "Wellingborough"),
    ("990008", "Daventry Meadows Secondary School", S, T.FOUNDATION, "Daventry"),
    ("990009", "Corby Lakes All-Through School", AT, T.ACADEMY, "Corby"),
    ("990010", "Rushden Riverside Academy", S, T.ACADEMY, "Rushden"),
    # Member and partner schools.
    ("990011", "Brackley St Peter's CE Primary School", P, T.VOLUNTARY_AIDED, "Brackley"),
    ("990012", "Towcester Watling Primary School", P, T.COMMUNITY, "Towcester"),
    ("990013", "Oundle Road Primary School", P, T.COMMUNITY, "Oundle"),
    ("990014", "Raunds Manor Primary School", P, T.ACADEMY, "Raunds"),
    ("990015", "Desborough Hill Primary School", P, T.COMMUNITY, "Desborough"),
    ("990016", "Rothwell Victoria Primary School", P, T.VOLUNTARY_CONTROLLED, "Rothwell"),
    ("990017", "Thrapston Nene Primary School", P, T.COMMUNITY, "Thrapston"),
    ("990018", "Irthlingborough Junior School", P, T.ACADEMY, "Irthlingborough"),
    ("990019", "Duston Mill Primary School", P, T.ACADEMY, "Northampton"),
    ("990020", "Weston Favell Primary School", P, T.COMMUNITY, "Northampton"),
    ("990021", "Burton Latimer Primary School", P, T.COMMUNITY, "Burton Latimer"),
    ("990022", "Higham Ferrers Nursery and Infant School", P, T.COMMUNITY, "Higham Ferrers"),
    ("990023", "Corby Old Village Primary School", P, T.ACADEMY, "Corby"),
    ("990024", "Long Buckby Infant School", P, T.COMMUNITY, "Long Buckby"),
    ("990025", "Northampton Saints Secondary Academy", S, T.ACADEMY, "Northampton"),
    ("990026", "Wellingborough Eastfield Academy", S, T.ACADEMY, "Wellingborough"),
    ("990027", "Brackley Magdalen Secondary School", S, T.ACADEMY, "Brackley"),
    ("990028", "Towcester Sponne Secondary School", S, T.FOUNDATION, "Towcester"),
    ("990029", "Kettering Buccleuch Academy", S, T.ACADEMY, "Kettering"),
    ("990030", "Corby Technical School", S, T.FREE_SCHOOL, "Corby"),
    ("990031", "Daventry Oakfield Special School", SP, T.SPECIAL, "Daventry"),
    ("990032", "Kettering Isebrook Special School", SP, T.SPECIAL, "Kettering"),
    ("990033", "Wellingborough Friars Special School", SP, T.SPECIAL, "Wellingborough"),
    ("990034", "Corby Maplefields Special School", SP, T.SPECIAL, "Corby"),
    ("990035", "Northampton Castle Nursery School", N, T.MAINTAINED_NURSERY, "Northampton"),
    ("990036", "Kettering Lilford Nursery School", N, T.MAINTAINED_NURSERY, "Kettering"),
    ("990037", "Rushden Alfred Street Nursery School", N, T.MAINTAINED_NURSERY, "Rushden"),
    (
        "990038",
        "Northampton Pathways Alternative Provision",
        School.Phase.ALTERNATIVE,
        T.ACADEMY,
        "Northampton",
    ),
    ("990039", "Oundle Nene Valley Sixth Form", School.Phase.SIXTEEN_PLUS, T.ACADEMY, "Oundle"),
    ("990040", "Daventry Grange All-Through Academy", AT, T.ACADEMY, "Daventry"),
]


def seed(log) -> dict:
    for urn, name, phase, kind, town in SCHOOLS:
        School.objects.update_or_create(
            urn=urn, defaults={"name": name, "phase": phase, "type": kind, "town": town}
        )
    log(f"Schools: {School.objects.count()}")
    return {}
