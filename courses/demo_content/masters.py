"""Masters-level modules from the University of Northampton (FHEQ level 7)."""

from courses.frameworks import ITTECF
from courses.frameworks import TEACHERS_STANDARDS as TS

from .writing import (
    bullets,
    heading,
    info,
    lesson,
    multiple,
    quiz,
    reflection,
    single,
    steps,
    text,
    tip,
    warning,
)

CONTENT: dict[str, dict] = {}

CONTENT["ma-research-methods"] = {
    "summary": "Design a rigorous, ethical practitioner enquiry: choose a research approach and "
    "methods that fit your question, consider your positionality, judge validity and "
    "trustworthiness, and follow the BERA ethical guidelines. 30 credits at level 7.",
    "description": "<p>This University of Northampton module prepares school staff to research their "
    "own practice at masters level. It introduces research paradigms, practitioner enquiry and "
    "action research, methods of data collection and analysis, the quality of research and, "
    "throughout, research ethics. It is the prerequisite for the dissertation.</p><p>Assessment is "
    "a research proposal with a critical justification of its design and an ethics application. "
    "Credit is awarded at FHEQ level 7 (30 credits, 300 notional hours of study, most of it "
    "independent reading and writing).</p>",
    "outcomes": [
        "Explain and critique the main research paradigms and their assumptions.",
        "Design a practitioner enquiry with methods that fit its research questions.",
        "Evaluate the validity, reliability and trustworthiness of educational research.",
        "Analyse your positionality as an insider researcher and plan for reflexivity.",
        "Apply the BERA Ethical Guidelines for Educational Research to your own study.",
    ],
    "audiences": ["teacher", "middle_leader", "senior_leader", "early_years", "teaching_assistant"],
    "delivery_mode": "blended",
    "framework_codes": [(TS, "TS8")],
    "lessons": [
        lesson(
            "Paradigms and practitioner enquiry",
            90,
            text(
                "All research rests on assumptions about what exists and can be known. "
                "<strong>Ontology</strong> concerns the nature of reality (is there one social "
                "reality to discover, or many constructed by the people in it?). "
                "<strong>Epistemology</strong> concerns how we can know it. These assumptions "
                "shape the kind of question a researcher asks and the methods that can answer it.",
                bullets(
                    "A <strong>positivist or post-positivist</strong> stance seeks general, "
                    "measurable patterns and causes, often through experiments, surveys and "
                    "statistical analysis.",
                    "An <strong>interpretivist</strong> stance seeks to understand how people make "
                    "sense of their experience, often through interviews, observation and case "
                    "study.",
                    "A <strong>critical</strong> stance asks whose interests are served by current "
                    "arrangements and aims to change them, as in some participatory and "
                    "emancipatory research.",
                ),
                "Many practitioner studies use <strong>mixed methods</strong>, but combining "
                "methods requires a clear rationale, not only a wish to 'cover everything'.",
            ),
            heading("Practitioner enquiry and action research"),
            text(
                "Lawrence Stenhouse argued in the 1970s that teachers should be researchers of their "
                "own practice. Practitioner enquiry is systematic, critical investigation by "
                "practitioners in their own settings, made public so that others can scrutinise and "
                "learn from it. <strong>Action research</strong>, often described as a spiral of "
                "planning, acting, observing and reflecting (associated with Kemmis and McTaggart), "
                "combines improving practice with studying the improvement. <strong>Case "
                "study</strong> examines one bounded case (a class, an intervention, a school) in "
                "depth and context.",
                "Practitioner research has strengths (deep knowledge of context, access, "
                "immediate relevance) and weaknesses (small samples, the researcher's investment in "
                "success, difficulty generalising). A masters-level study names both and designs to "
                "reduce the weaknesses.",
            ),
            info(
                "What level 7 asks of you",
                "The national qualification descriptor for masters level expects a systematic "
                "understanding of knowledge, critical awareness of current problems and new "
                "insights in your field, and a comprehensive understanding of techniques applicable "
                "to your own research. In practice: do not only describe methods; justify your "
                "choices against alternatives and acknowledge their limits.",
            ),
            heading("From topic to question"),
            text(
                "Most practitioner researchers begin with a concern rather than a question: "
                "'boys in Year 4 are not reading for pleasure', 'our new marking policy is not "
                "changing much'. Turning a concern into a researchable question means narrowing "
                "it (which pupils, which practice, which aspect), deciding whether you want to "
                "describe, explain, evaluate or understand, and checking that data you can "
                "collect ethically could answer it. Expect to redraft your question several times "
                "as you read: the literature will show you what is already known and where the "
                "gaps are.",
            ),
            info(
                "Core reading",
                "Widely used texts include Cohen, Manion and Morrison's <em>Research Methods in "
                "Education</em> (a comprehensive reference), Denscombe's <em>The Good Research "
                "Guide</em> and Bell and Waters' <em>Doing Your Research Project</em> (practical "
                "introductions), and McNiff and Whitehead on action research. Use the university "
                "library's databases, such as ERIC and the British Education Index, to find "
                "research articles on your topic.",
            ),
            reflection(
                "Write a first version of your research question. What assumptions about knowledge "
                "does it carry, and which paradigm does it sit most comfortably in?",
                "For example, 'Does retrieval practice raise Year 9 science scores?' assumes a "
                "measurable effect; 'How do Year 9 pupils experience retrieval practice?' seeks "
                "meaning. Both are legitimate; they need different designs.",
            ),
        ),
        lesson(
            "Methods, validity and trustworthiness",
            90,
            text(
                "Choose methods because they can answer your question, not because they are "
                "familiar. Common methods in school-based research:",
                bullets(
                    "<strong>Questionnaires:</strong> reach many participants quickly; closed items "
                    "give comparable data, open items richer but harder to analyse. Pilot them.",
                    "<strong>Interviews and focus groups:</strong> structured, semi-structured or "
                    "unstructured; explore perspectives and reasons in depth.",
                    "<strong>Observation:</strong> records what people do, not what they say they "
                    "do; decide in advance what to record and how.",
                    "<strong>Documents and existing data:</strong> pupils' work, assessment results, "
                    "policies; check how they were produced and for what purpose.",
                    "<strong>Quasi-experimental designs:</strong> compare groups before and after an "
                    "intervention; consider what else might explain a difference.",
                ),
                "Sampling should be explained: a <strong>purposive</strong> sample chosen for the "
                "insight it offers is legitimate, but a <strong>convenience</strong> sample limits "
                "what you can claim.",
            ),
            tip(
                "Pilot everything",
                "Try questionnaires and interview schedules with one or two people like your "
                "participants before using them. Pilots reveal ambiguous questions, leading "
                "wording, and items that take far longer to answer than you expected.",
            ),
            heading("Judging quality"),
            text(
                "In quantitative research, <strong>validity</strong> asks whether you measured what "
                "you intended and whether your conclusions follow (internal validity), and whether "
                "they apply beyond your sample (external validity). <strong>Reliability</strong> "
                "asks whether the measurement would give consistent results.",
                "Qualitative researchers often use Lincoln and Guba's criteria of "
                "<strong>trustworthiness</strong>: credibility (do the findings represent "
                "participants' views faithfully?), transferability (is there enough description of "
                "context for readers to judge relevance to their own?), dependability (is the "
                "process documented and consistent?) and confirmability (are findings grounded in "
                "the data rather than the researcher's wishes?). Strategies include "
                "<strong>triangulation</strong> of methods or sources, member checking, an audit "
                "trail and thick description.",
            ),
            heading("Analysis"),
            text(
                "Plan analysis when you plan data collection. Qualitative data is often analysed "
                "thematically; Braun and Clarke's widely used approach moves through familiarising "
                "yourself with the data, coding, generating and reviewing themes, defining and "
                "naming them, and writing up. Quantitative data needs descriptive statistics at "
                "least, and caution: with small samples, differences may be chance.",
            ),
            warning(
                "Using school data",
                "Assessment data collected for teaching was not designed for research. Check how it "
                "was produced and moderated, whether tests changed between years, and how many "
                "pupils lie behind each figure. With small groups, apparent improvements after an "
                "intervention can be chance or regression to the mean: pupils selected because "
                "they scored unusually low often score higher next time anyway.",
            ),
            quiz(
                single(
                    "A teacher interviews six pupils about their experience of peer feedback. Which "
                    "quality criterion asks whether readers can judge if the findings apply to "
                    "their own setting?",
                    ["Reliability", "Internal validity", "* Transferability", "Confirmability"],
                    "Transferability depends on rich description of the context so readers can "
                    "judge relevance. Qualitative studies do not claim statistical generalisation.",
                ),
                multiple(
                    "Which strategies strengthen the trustworthiness of qualitative research?",
                    [
                        "* Triangulating sources or methods",
                        "* Checking interpretations with participants",
                        "* Keeping an audit trail of decisions",
                        "Choosing only participants who agree with the researcher",
                    ],
                    "Selecting only supportive participants introduces bias and weakens credibility.",
                ),
                single(
                    "Which research question best suits an interpretivist design?",
                    [
                        "What is the effect of a new spelling scheme on test scores?",
                        "* How do teaching assistants understand their role in supporting "
                        "independence?",
                        "How many pupils in the county have an EHC plan?",
                        "Does class size predict attainment?",
                    ],
                    "Interpretivist research explores meanings and experiences; the others seek "
                    "measurable effects or counts.",
                ),
            ),
        ),
        lesson(
            "Ethics and positionality",
            90,
            text(
                "The British Educational Research Association's <em>Ethical Guidelines for "
                "Educational Research</em> (BERA) set out the responsibilities of educational "
                "researchers, and the university's ethics approval process follows them. You must "
                "have ethical approval before collecting any data. Key responsibilities to "
                "participants include:",
                bullets(
                    "<strong>voluntary informed consent:</strong> participants understand what they "
                    "are agreeing to and agree freely; for children, consent in a form they can "
                    "understand alongside the permission of parents or other gatekeepers as "
                    "appropriate;",
                    "<strong>transparency:</strong> no deception unless exceptionally justified and "
                    "approved;",
                    "<strong>the right to withdraw</strong> without giving a reason and without "
                    "consequences;",
                    "<strong>avoiding harm</strong>, including stress, embarrassment and the burden "
                    "of taking part;",
                    "<strong>privacy and data protection:</strong> anonymity and confidentiality "
                    "where promised, secure storage, compliance with data protection law;",
                    "<strong>disclosure:</strong> telling participants in advance that any "
                    "safeguarding concern must be passed on.",
                ),
            ),
            heading("The insider researcher"),
            text(
                "Researching your own school raises particular issues. Your pupils may not feel "
                "free to refuse a request from their teacher, or may tell you what they think you "
                "want to hear. Colleagues you line-manage may feel the same. Reduce the effect of "
                "power: have someone else collect consent, make clear that taking part has no "
                "bearing on grades or appraisal, and consider anonymous methods. Anonymity is hard "
                "in a small school, since readers may recognise 'the head of Year 9', so say what "
                "you can and cannot promise.",
                "<strong>Positionality</strong> is the researcher's position in relation to the "
                "study: role, experience, values, identity and relationships with participants. "
                "It shapes what you notice, what participants tell you and how you interpret it. "
                "<strong>Reflexivity</strong> is the ongoing, disciplined examination of that "
                "influence. Write a positionality statement, keep a research journal, and return "
                "to both when you analyse data.",
            ),
            warning(
                "No data before approval",
                "Data collected before ethics approval cannot be used in your assessed work. "
                "Existing school data used for research, not only for teaching, also needs approval "
                "and the school's permission.",
            ),
            quiz(
                multiple(
                    "Which are responsibilities to participants in the BERA guidelines?",
                    [
                        "* Voluntary informed consent",
                        "* The right to withdraw",
                        "* Privacy and data storage",
                        "Guaranteeing that findings will be positive",
                    ],
                    "Researchers cannot promise particular findings; they promise honesty, care "
                    "and respect for participants' rights.",
                ),
                single(
                    "A teacher-researcher wants to interview pupils in their own class. Which step "
                    "best reduces the pressure pupils may feel to take part?",
                    [
                        "Offering extra credit to those who take part",
                        "* Having another adult explain the study and collect consent, with a clear "
                        "statement that taking part will not affect their grades",
                        "Interviewing pupils during lessons so they cannot refuse",
                        "Not telling pupils they are being researched",
                    ],
                    "Separating the researcher's teaching authority from recruitment helps make "
                    "consent voluntary.",
                ),
                single(
                    "What is positionality?",
                    [
                        "The researcher's chosen paradigm",
                        "* The researcher's position in relation to the study, including role, "
                        "values and relationships with participants",
                        "The place where interviews happen",
                        "The order of chapters in a dissertation",
                    ],
                    "Positionality shapes data and interpretation; reflexivity is how researchers "
                    "examine and account for it.",
                ),
            ),
            reflection(
                "Draft a short positionality statement for your proposed study. How might your role "
                "shape what participants say to you and how you read it?",
                "Consider your relationships with participants, your hopes for the outcome, and "
                "aspects of your identity that may matter. Note one design choice that responds "
                "to each.",
            ),
        ),
    ],
}

CONTENT["ma-leading-learning-and-teaching"] = {
    "summary": "Critically examine how leaders improve teaching: evidence from cognitive science "
    "and professional learning, models of teacher development, and the limits of 'what works'. "
    "30 credits at level 7.",
    "description": "<p>For teachers and leaders responsible for the quality of teaching in a "
    "department, school or trust. The module connects research on how pupils learn with research "
    "on how teachers learn, and asks how leaders can create the conditions for sustained "
    "improvement, while engaging critically with debates about evidence in education.</p>"
    "<p>Assessment is a critical review of a professional learning initiative in your setting.</p>",
    "outcomes": [
        "Critically evaluate research on how pupils learn and its use in schools.",
        "Analyse models of teacher professional learning and their evidence base.",
        "Evaluate the leader's role in creating conditions for improving teaching.",
        "Critique the idea of evidence-based practice and its limits in education.",
    ],
    "audiences": ["middle_leader", "senior_leader", "teacher", "headteacher"],
    "delivery_mode": "blended",
    "framework_codes": [(TS, "TS2"), (TS, "TS8"), (ITTECF, "ITTECF-2")],
    "lessons": [
        lesson(
            "How pupils learn: the evidence and its uses",
            90,
            text(
                "Over the past decade English schools have drawn heavily on cognitive science. Key "
                "ideas include the limited capacity of working memory and the role of long-term "
                "memory (cognitive load theory, associated with John Sweller); the benefits of "
                "retrieval practice and spacing; and the importance of prior knowledge for "
                "understanding new material. Barak Rosenshine's 'Principles of Instruction' "
                "summarised research on effective teaching in a form many schools adopted: review "
                "previous learning, present new material in small steps, ask many questions, "
                "provide models, guide practice, check understanding, and so on.",
                "These ideas have improved many classrooms. A masters-level reading also asks "
                "questions: much of the underlying research was conducted in laboratories with "
                "adults and simple materials; effects in classrooms vary by subject, age and "
                "implementation; and simplified versions ('never let pupils struggle', 'always "
                "three retrieval questions') can harden into rules their originators never "
                "intended.",
            ),
            text(
                "Two further ideas are worth knowing. Robert Bjork's notion of <strong>desirable "
                "difficulties</strong> suggests that conditions which make practice feel harder "
                "(spacing, interleaving, retrieval) often produce better long-term learning than "
                "those that make it feel easy, so pupils' and teachers' sense of progress in a "
                "lesson can mislead. And Graham Nuthall's close classroom studies, in <em>The "
                "Hidden Lives of Learners</em>, showed how much of what individual pupils learn, "
                "or fail to learn, is invisible to their teacher. Both ideas caution leaders "
                "against judging learning from what a lesson looks like.",
            ),
            heading("Reading research critically"),
            text(
                bullets(
                    "What kind of study is it, and what can that design show?",
                    "Who were the participants, and how similar are they to your pupils?",
                    "How was the outcome measured, and over what period?",
                    "How large was the effect, and compared with what?",
                    "What would be needed to make it work here, and at what cost?",
                ),
                "The Education Endowment Foundation's Teaching and Learning Toolkit summarises "
                "evidence on many approaches in terms of cost, strength of evidence and average "
                "impact. Averages hide variation: an approach with a high average can fail when "
                "poorly implemented, and the toolkit itself stresses context and implementation.",
            ),
            info(
                "Reading for this lesson",
                "Start with Rosenshine's 'Principles of Instruction' (American Educator, 2012), "
                "the EEF Teaching and Learning Toolkit's entries on feedback, metacognition and "
                "retrieval-related approaches, and Daniel Willingham's <em>Why Don't Students Like "
                "School?</em>. Then look for a critical response to the use of cognitive science in "
                "English schools and weigh the two.",
            ),
            reflection(
                "Choose one research-informed practice now common in your school. What is the "
                "evidence for it, and how closely does your school's version match the research?",
                "Look for a point where the practice may have been simplified or changed, and "
                "consider whether that matters.",
            ),
        ),
        lesson(
            "How teachers learn",
            90,
            text(
                "Improving teaching means changing teachers' habits, which is hard. One-off "
                "training days rarely change practice. Research reviews of teacher professional "
                "development point to features such as a sustained focus on pupils' learning, "
                "building knowledge, motivating teachers, developing techniques with modelling and "
                "practice, and embedding new practice through prompts, feedback and routines.",
                "Models schools use include:",
                bullets(
                    "<strong>Instructional coaching:</strong> an expert observes, gives feedback and "
                    "specific action steps, and supports rehearsal. A meta-analysis by Kraft, "
                    "Blazar and Hogan (2018) found positive average effects of coaching on "
                    "instruction and achievement, with smaller effects in larger programmes.",
                    "<strong>Lesson study:</strong> originating in Japan, teachers jointly plan a "
                    "research lesson, observe pupils' responses and refine it.",
                    "<strong>Collaborative enquiry:</strong> Helen Timperley's teacher inquiry and "
                    "knowledge-building cycle begins with what pupils need to learn, then what "
                    "teachers need to learn to meet those needs, and evaluates the impact on "
                    "pupils.",
                ),
            ),
            text(
                "Whichever model a school uses, the hard part is turning new knowledge into changed "
                "habits in a busy classroom. Teachers revert to established routines under "
                "pressure, so effective programmes make new practice concrete (specific "
                "techniques, scripts, exemplars), give repeated chances to practise with "
                "feedback, and build prompts into planning and routines. Professional learning "
                "communities, in which groups of teachers meet regularly to examine pupils' work "
                "and their own practice, can sustain this if they have a clear focus and access to "
                "expertise; without those they can become pleasant conversations that change "
                "little.",
            ),
            heading("The leader's role"),
            text(
                "A well-known meta-analysis by Viviane Robinson and colleagues found that of the "
                "leadership dimensions studied, leaders promoting and participating in teacher "
                "learning and development had the strongest association with pupil outcomes. "
                "Leaders create the conditions: time protected for professional learning, a culture "
                "where trying and failing is safe, expertise (internal or external), and a "
                "coherent focus rather than a stream of initiatives. The DfE's standard for "
                "teachers' professional development expresses similar principles.",
            ),
            quiz(
                single(
                    "What did Kraft, Blazar and Hogan's meta-analysis find about teacher coaching?",
                    [
                        "It has no measurable effect",
                        "* It has positive average effects on instruction and achievement, smaller "
                        "in larger programmes",
                        "It works only in primary schools",
                        "It is less effective than one-off training days",
                    ],
                    "The finding supports coaching and warns about maintaining quality at scale.",
                ),
                multiple(
                    "Which features are associated with effective professional development?",
                    [
                        "* Sustained over time",
                        "* Focused on pupils' learning",
                        "* Modelling and practice of techniques",
                        "A different focus each half term",
                    ],
                    "Changing focus frequently prevents new practice from becoming habit.",
                ),
                single(
                    "Where does Timperley's teacher inquiry cycle begin?",
                    [
                        "With the teacher's preferred teaching style",
                        "* With what pupils need to learn",
                        "With the school's inspection grade",
                        "With a new resource",
                    ],
                    "It starts from pupils' learning needs and works back to what teachers need to "
                    "learn.",
                ),
            ),
        ),
        lesson(
            "The limits of 'what works'",
            75,
            text(
                "The movement towards evidence-informed practice has brought research into "
                "staffrooms. Critics raise important questions. Gert Biesta, in a frequently cited "
                "2007 article, argued that education is not a causal technology: teaching involves "
                "judgements about purposes and values, not only about effectiveness, and the "
                "question 'what works?' cannot tell us what is educationally desirable. Others point "
                "out that trials measure what is easily measured, that average effects may not "
                "hold in a particular school, and that evidence can be used to justify decisions "
                "already made.",
                "A balanced position treats research as one essential source alongside professional "
                "expertise, knowledge of context, and the values and purposes of the school. The "
                "phrase 'evidence-informed' rather than 'evidence-based' captures this.",
            ),
            info(
                "Research-engaged schools",
                "Many schools now have a research lead, and the Research Schools Network, run by "
                "the Education Endowment Foundation with the Institute for Effective Education, "
                "supports schools to use evidence. In Northamptonshire, the Race to the Top "
                "strategy proposed a virtual research and development programme open to all "
                "schools. Your assignment is a contribution to that kind of research-engaged "
                "culture.",
            ),
            heading("Applying it to your setting"),
            text(
                "For your assignment, examine a professional learning initiative in your setting. "
                "Ask what problem it addressed, what evidence informed it, how it was implemented, "
                "what happened to teaching and to pupils' learning, and what the experience tells "
                "you about the conditions for professional learning. Use literature to interpret "
                "your setting, and your setting to test the literature.",
            ),
            tip(
                "Criticality is not criticism",
                "At masters level, 'critical' means weighing evidence and arguments, recognising "
                "assumptions and limits, and reaching a reasoned judgement. It includes recognising "
                "strengths.",
            ),
            heading("Structuring the assignment"),
            text(
                bullets(
                    "<strong>Context and rationale:</strong> the setting, the problem the initiative "
                    "addressed and why it matters.",
                    "<strong>Literature:</strong> research on pupils' learning relevant to the focus, "
                    "and research on teacher learning and leadership.",
                    "<strong>Analysis:</strong> design, implementation and effects, using evidence "
                    "from the setting gathered with permission.",
                    "<strong>Discussion:</strong> what the case shows about the conditions for "
                    "professional learning, with the limits of a single case.",
                    "<strong>Implications:</strong> for your own leadership and for the setting.",
                ),
            ),
            reflection(
                "Where in your school's recent decisions did research evidence play a part, and "
                "where did values, context or professional judgement matter as much?",
                "Choose one decision and map the different kinds of knowledge that shaped it.",
            ),
        ),
    ],
}

CONTENT["ma-inclusive-education"] = {
    "summary": "Examine inclusion critically: its history and policy in England, models of "
    "disability, the rights framework, inclusive pedagogy and the dilemmas schools face in "
    "practice. 30 credits at level 7.",
    "description": "<p>Inclusive practice is part of the Northamptonshire model, and the county's "
    "special schools lead much of it. This module places practice in its wider context: how "
    "English policy on special educational needs has developed, the international rights "
    "framework, competing models of disability, and research on inclusive pedagogy. Assessment is "
    "a critical analysis of an aspect of inclusion in your setting.</p>",
    "outcomes": [
        "Analyse the development of SEND and inclusion policy in England.",
        "Compare medical and social models of disability and their implications for schools.",
        "Evaluate inclusive pedagogy and other approaches to teaching diverse learners.",
        "Critically examine dilemmas of inclusion in your own setting.",
    ],
    "audiences": ["teacher", "middle_leader", "senior_leader", "teaching_assistant"],
    "delivery_mode": "blended",
    "framework_codes": [(TS, "TS5"), (ITTECF, "ITTECF-5")],
    "lessons": [
        lesson(
            "Policy and rights",
            90,
            text(
                "English policy on special educational needs has been shaped by a sequence of "
                "landmarks:",
                bullets(
                    "the <strong>Warnock Report</strong> (1978), which introduced the idea of "
                    "special educational needs in place of categories of handicap, and argued that "
                    "many children with SEN could be educated in mainstream schools;",
                    "the <strong>Education Act 1981</strong>, which created statements of special "
                    "educational needs;",
                    "the <strong>Children and Families Act 2014</strong> and the SEND Code of "
                    "Practice (2015), which replaced statements with education, health and care "
                    "plans for children and young people from birth to 25 and put their views and "
                    "those of their families at the centre;",
                    "the <strong>Equality Act 2010</strong>, which requires schools to make "
                    "reasonable adjustments for disabled pupils and not to discriminate.",
                ),
                "Internationally, the UNESCO <strong>Salamanca Statement</strong> (1994) called for "
                "regular schools with an inclusive orientation, and Article 24 of the UN Convention "
                "on the Rights of Persons with Disabilities recognises the right to an inclusive "
                "education.",
            ),
            text(
                "The 2014 reforms were intended to make the system less adversarial, to join up "
                "education, health and care, and to extend support to age 25. Evaluations and "
                "parliamentary inquiries since have found that many families still experience a "
                "system that is hard to navigate, that the graduated approach is applied "
                "unevenly, and that outcomes for pupils with SEND remain a concern. Read these "
                "critiques alongside the policy texts, and ask how they appear in your own "
                "setting.",
            ),
            heading("A system under strain"),
            text(
                "In recent years demand for EHC plans and specialist places has grown, local "
                "authority high-needs budgets have come under pressure, and the government set out "
                "reform plans in its SEND and alternative provision improvement plan (2023). "
                "Debates continue about how far needs should be met in mainstream schools, the "
                "role of specialist provision, and parental confidence. National statistics "
                "consistently show higher rates of suspension and exclusion for pupils with SEN, a "
                "fact any account of inclusion must address.",
            ),
            info(
                "Key concepts to define",
                "Keep distinct: <strong>integration</strong> (placing a pupil in a mainstream "
                "setting, which may expect the pupil to adapt) and <strong>inclusion</strong> "
                "(changing the setting so that all can participate); <strong>special educational "
                "needs</strong> (a legal definition tied to provision) and "
                "<strong>disability</strong> (a legal definition in the Equality Act 2010); and "
                "<strong>equality</strong> and <strong>equity</strong>. Many pupils are both "
                "disabled and have SEN, but not all.",
            ),
            reflection(
                "How does your setting's approach to SEND reflect, or depart from, the principles "
                "of the 2014 reforms?",
                "Consider the voice of pupils and families, the graduated approach, and how "
                "decisions about provision are made.",
            ),
        ),
        lesson(
            "Models of disability and inclusive pedagogy",
            90,
            text(
                "The <strong>medical model</strong> locates disability in the individual's "
                "impairment, to be diagnosed and treated. The <strong>social model</strong>, "
                "developed by disabled people and associated in academic work with Mike Oliver, "
                "distinguishes impairment from disability: people are disabled by barriers in "
                "environments, attitudes and organisations. Schools applying the social model ask "
                "first what barriers their practices create. Critics note that the social model "
                "can understate the real effects of impairment; many writers now favour relational "
                "or biopsychosocial approaches.",
            ),
            heading("Inclusive pedagogy"),
            text(
                "Lani Florian and Kristine Black-Hawkins describe <strong>inclusive "
                "pedagogy</strong> as extending what is ordinarily available in the classroom to "
                "everyone, rather than providing for most and then making something 'additional' "
                "or 'different' for some. It rejects fixed ideas of ability, and treats difficulties "
                "in learning as professional challenges for teachers rather than deficits in "
                "pupils.",
                "Mel Ainscow's work frames inclusion as a process concerned with the "
                "<strong>presence, participation and achievement</strong> of all pupils, "
                "especially those at risk of marginalisation. Booth and Ainscow's <em>Index for "
                "Inclusion</em> offers schools a framework for self-review of cultures, policies "
                "and practices.",
            ),
            info(
                "Universal Design for Learning",
                "Universal Design for Learning, developed by CAST in the United States, applies a "
                "similar idea to planning: provide multiple means of engagement, of "
                "representation and of action and expression from the start, so fewer learners "
                "meet barriers that later need individual adjustment. Critics note that the "
                "evidence for UDL as a whole framework is still developing; it is best treated as a "
                "design principle rather than a proven programme.",
            ),
            heading("The dilemma of difference"),
            text(
                "Brahm Norwich, drawing on Martha Minow, describes a <strong>dilemma of "
                "difference</strong>: recognising a child's difference (through identification, "
                "labels and separate provision) can secure resources but risks stigma and lower "
                "expectations; not recognising it risks failing to meet needs. Schools cannot "
                "escape the dilemma; they can make deliberate, transparent choices and review their "
                "effects.",
            ),
            quiz(
                single(
                    "Which statement reflects the social model of disability?",
                    [
                        "Disability results from an individual's medical condition",
                        "* People are disabled by barriers in the environment, attitudes and "
                        "organisations",
                        "Disability should be treated by specialists outside school",
                        "Labels are always harmful",
                    ],
                    "The social model separates impairment from the disabling barriers society "
                    "creates.",
                ),
                multiple(
                    "Which documents or laws are part of the framework for SEND and inclusion in "
                    "England?",
                    [
                        "* The Children and Families Act 2014",
                        "* The SEND Code of Practice (2015)",
                        "* The Equality Act 2010",
                        "The Education Reform Act 1988's SEN statements",
                    ],
                    "Statements were created by the Education Act 1981 and replaced by EHC plans "
                    "under the 2014 Act.",
                ),
                single(
                    "What does inclusive pedagogy, as described by Florian and Black-Hawkins, "
                    "emphasise?",
                    [
                        "Separate programmes for pupils with SEN",
                        "* Extending what is ordinarily available to all learners",
                        "Grouping pupils by fixed ability",
                        "Teaching assistants working one-to-one with pupils with SEN",
                    ],
                    "Inclusive pedagogy avoids marking some learners as different by building "
                    "flexibility into everyday teaching.",
                ),
            ),
        ),
        lesson(
            "Researching inclusion in your setting",
            75,
            text(
                "Your assignment asks you to analyse an aspect of inclusion in your own setting: "
                "for example, the experience of autistic pupils at transition, how teaching "
                "assistants are deployed, the use of part-time timetables, or how pupil voice "
                "informs SEN support. Strong assignments:",
                bullets(
                    "define inclusion as they use it, since the term has many meanings;",
                    "set the local practice in national policy and research;",
                    "use evidence from the setting (documents, data, perspectives) with appropriate "
                    "ethical care;",
                    "recognise competing interests and the dilemma of difference;",
                    "reach conclusions and recommendations that follow from the analysis.",
                ),
            ),
            text(
                "Useful starting points include Ainscow, Booth and Dyson's <em>Improving Schools, "
                "Developing Inclusion</em>, which studied schools working to become more "
                "inclusive, and the <em>Index for Inclusion</em> as a tool for structuring "
                "evidence about cultures, policies and practices. Read policy documents critically "
                "too: ask what problem they claim to solve and whose perspective they reflect.",
                "Avoid the two common weaknesses in inclusion assignments: describing good practice "
                "without analysis, and critiquing the system without engaging with the real "
                "constraints schools face. Aim to explain why practice is as it is, and what could "
                "change it.",
            ),
            text(
                "Choose methods that let pupils who communicate differently take part. Visual and "
                "participatory methods can help: Talking Mats, a symbol-based tool designed for "
                "people with communication difficulties; the Mosaic approach developed by Alison "
                "Clark and Peter Moss for listening to young children through photographs, tours "
                "and maps; or drawing and ranking activities. Adults who know the pupils well can "
                "advise, but be careful not to substitute adults' views for pupils' own.",
            ),
            warning(
                "Ethics with vulnerable participants",
                "Research involving pupils with SEND, or data about them, requires particular care: "
                "accessible information and consent processes, attention to power and to the risk "
                "of identification in a small setting, and ethical approval before any data is "
                "collected.",
            ),
            info(
                "Learning from the county's special schools",
                "Northamptonshire's special schools, including those leading the Nene Valley and "
                "Billing Brook alliances, share expertise with mainstream colleagues. Visiting a "
                "special school, or interviewing staff who work across both, can sharpen your "
                "analysis of what mainstream settings can offer.",
            ),
            reflection(
                "Which pupils in your setting are most at risk of being present but not "
                "participating or achieving? What evidence supports your view?",
                "Use Ainscow's three dimensions: presence, participation and achievement. Note "
                "what evidence you would need to be more confident.",
            ),
        ),
    ],
}

CONTENT["ma-educational-leadership"] = {
    "summary": "Critically explore theories and practices of educational leadership and "
    "management: instructional, transformational, distributed and system leadership, "
    "accountability, and leading in trusts and networks. 30 credits at level 7.",
    "description": "<p>For middle and senior leaders and headteachers. The module examines what "
    "research says about how leadership influences pupils' learning, compares major models of "
    "leadership, and considers the policy context of accountability, academisation and school "
    "partnerships in England, including the county's own alliances. Assessment is a critical "
    "analysis of leadership practice in your organisation.</p>",
    "outcomes": [
        "Distinguish leadership from management and evaluate their relationship.",
        "Critically compare instructional, transformational, distributed and system leadership.",
        "Analyse the influence of accountability and structural change on school leadership.",
        "Evaluate leadership practice in your own organisation using theory and evidence.",
    ],
    "audiences": ["middle_leader", "senior_leader", "headteacher"],
    "delivery_mode": "blended",
    "framework_codes": [(TS, "TS8")],
    "lessons": [
        lesson(
            "Models of leadership",
            90,
            text(
                "Leadership is often described as influencing others towards shared goals, and "
                "management as maintaining the systems that make an organisation work. Both are "
                "needed; a school that is well led but badly managed does not function, and one "
                "that is well managed but not led does not improve.",
                "Several models dominate research on school leadership:",
                bullets(
                    "<strong>Instructional leadership</strong> focuses on teaching and learning: "
                    "setting goals, managing the curriculum, supporting and developing teachers.",
                    "<strong>Transformational leadership</strong>, from the work of Burns and Bass, "
                    "focuses on vision, inspiration and building capacity and commitment.",
                    "<strong>Distributed leadership</strong> (associated with writers such as "
                    "Spillane and Gronn) sees leadership as practice stretched across many people "
                    "and interactions, not held by one person at the top.",
                    "<strong>System leadership</strong> describes leaders who work beyond their own "
                    "school to improve others, as in Teaching School alliances and hubs and "
                    "multi-academy trusts.",
                ),
            ),
            text(
                "Each model has critics. Instructional leadership can be hard for a head of a large "
                "secondary school to exercise personally; transformational leadership has been "
                "criticised for focusing on the leader's charisma rather than on teaching; "
                "distributed leadership may describe delegation without real shared power. Tony "
                "Bush's <em>Theories of Educational Leadership and Management</em> offers a "
                "systematic comparison of models and is a good starting point.",
            ),
            heading("What the evidence claims"),
            text(
                "Leithwood, Harris and Hopkins' influential 'seven strong claims about successful "
                "school leadership' (2008) begins with the claim that school leadership is second "
                "only to classroom teaching as an influence on pupil learning, and argues that "
                "successful leaders draw on a common repertoire of practices, adapted to context. "
                "Note the shape of the claim: leadership works largely indirectly, through its "
                "effects on staff, conditions and culture.",
            ),
            text(
                "Context matters to every model. Leading a small rural primary school, where the "
                "headteacher may also teach, differs from leading a large secondary academy, a "
                "special school with a complex multi-agency team, or an early years setting. Ask "
                "of any theory: in what kind of organisation was it developed, and what would need "
                "to change for it to fit yours?",
            ),
            reflection(
                "Which model best describes leadership in your organisation, and which would you say "
                "it needs?",
                "Support your answer with specific examples of decisions, structures or routines.",
            ),
        ),
        lesson(
            "Accountability, structures and systems",
            90,
            text(
                "English schools operate in a high-accountability system: inspection, published "
                "performance measures and, for academies, funding agreements with the DfE. Supporters "
                "argue that accountability raises expectations and protects pupils from poor "
                "schools. Critics, such as Stephen Ball in his analysis of "
                "<strong>performativity</strong>, argue that it can reshape teachers' work around "
                "what is measured and create a culture of display rather than improvement.",
                "Structural change has also transformed leadership. Most secondary schools and many "
                "primaries are academies, and many belong to multi-academy trusts with chief "
                "executives, executive headteachers and central teams. David Hargreaves' idea of a "
                "'self-improving school system' informed the creation of Teaching School alliances, "
                "like the ten in this county's Race to the Top strategy, which became Teaching "
                "School hubs in 2021.",
            ),
            heading("Leading in a trust or network"),
            text(
                "Leaders in trusts manage tensions between consistency and autonomy: which practices "
                "should be common across schools (curriculum, assessment, policies, central "
                "services), and where should headteachers decide? Research and experience suggest "
                "that clarity about these decisions, and about accountability lines in the scheme "
                "of delegation, matters as much as the choices themselves.",
            ),
            text(
                "Governance is part of this picture. Headteachers and chief executives are "
                "accountable to boards of governors or trustees, whose role the DfE describes in "
                "terms of setting direction, holding leaders to account and overseeing finance. "
                "How leaders work with their boards, and how boards understand the line between "
                "governance and management, shapes leadership in practice as much as any model.",
            ),
            quiz(
                single(
                    "What is the first of the 'seven strong claims' about school leadership?",
                    [
                        "Leadership is the most important influence on pupil learning",
                        "* Leadership is second only to classroom teaching as an influence on pupil "
                        "learning",
                        "Leadership has no effect on pupil learning",
                        "Only headteachers exercise leadership",
                    ],
                    "The claim positions leadership as a powerful but largely indirect influence, "
                    "working through teaching.",
                ),
                multiple(
                    "Which describe distributed leadership?",
                    [
                        "* Leadership as practice spread across many people",
                        "* Attention to interactions between leaders, followers and situations",
                        "A single heroic leader who sets every direction",
                        "* Leadership roles held by teachers without formal titles",
                    ],
                    "Distributed leadership rejects the 'heroic' single-leader view.",
                ),
                single(
                    "What does Ball's concept of performativity criticise?",
                    [
                        "School musical performances",
                        "* A culture in which measures and judgements shape and control teachers' "
                        "work",
                        "Teachers' use of drama",
                        "Performance-related pay only",
                    ],
                    "Performativity describes how accountability regimes can change what teachers "
                    "value and do.",
                ),
            ),
        ),
        lesson(
            "Analysing leadership in your organisation",
            75,
            text(
                "Your assignment analyses an aspect of leadership practice in your organisation: "
                "for example, how a change was led, how middle leaders are developed, how "
                "leadership is distributed, or how a trust balances consistency and autonomy. Use "
                "theory as a lens, not a label: rather than asserting 'our head is transformational', "
                "show what the concept helps you see and what it misses.",
                steps(
                    "Define a focused question.",
                    "Review relevant literature critically, including research from different "
                    "contexts and critical perspectives.",
                    "Gather evidence from your organisation ethically (documents, observations, "
                    "conversations, with permission).",
                    "Analyse it using the concepts you have reviewed.",
                    "Draw conclusions, with implications for your own practice as a leader.",
                ),
            ),
            text(
                "Choose a focus you can see clearly and have permission to examine. Relationships "
                "matter: colleagues may be identifiable, and critical findings about named roles "
                "in a small organisation carry risks. Discuss with your tutor how to report "
                "honestly while protecting individuals, and agree with your headteacher or chief "
                "executive what you will study and share.",
                "Good assignments make an argument. State your conclusion early, support it with "
                "evidence and literature, consider the strongest counter-argument, and say what you "
                "would do differently as a leader in the light of your analysis.",
            ),
            info(
                "Frameworks for analysis",
                "Useful lenses include the balance of leadership and management in a decision; "
                "who exercised leadership, formally and informally (a distributed perspective); "
                "how the change affected teaching and learning (an instructional perspective); and "
                "how external accountability shaped the options (a policy perspective). Using two "
                "or three lenses on the same case often produces the most insight.",
            ),
            tip(
                "Write yourself into it",
                "As a leader-researcher you are part of what you study. Acknowledge your role and "
                "perspective, and use it as a source of insight as well as a possible bias.",
            ),
            reflection(
                "Identify a leadership decision in your organisation that you disagreed with. How "
                "might different leadership theories explain why it was taken?",
                "Try at least two lenses, for example instructional and distributed leadership, and "
                "note what each reveals.",
            ),
        ),
    ],
}

CONTENT["ma-coaching-and-mentoring-in-education"] = {
    "summary": "Critically examine coaching and mentoring in schools: definitions, models and "
    "research evidence, the ethics of power and confidentiality, and how to design and evaluate a "
    "coaching or mentoring programme. 30 credits at level 7.",
    "description": "<p>Coaching and mentoring for staff is part of the Northamptonshire model, from "
    "trainee mentoring to business mentors for headteachers. This module develops practitioners' "
    "critical understanding of the theory and research behind these practices and their "
    "capacity to design and evaluate programmes. Assessment includes a critical reflection on your "
    "own practice as a coach or mentor.</p>",
    "outcomes": [
        "Critically compare definitions and models of coaching and mentoring in education.",
        "Evaluate research evidence on the effects of coaching and mentoring.",
        "Analyse ethical issues of power, confidentiality and dual roles.",
        "Design and evaluate a coaching or mentoring programme for your setting.",
    ],
    "audiences": ["teacher", "middle_leader", "senior_leader", "early_years"],
    "delivery_mode": "blended",
    "framework_codes": [(TS, "TS8"), (ITTECF, "ITTECF-8")],
    "lessons": [
        lesson(
            "Definitions and models",
            90,
            text(
                "The terms are used loosely. In education, <strong>mentoring</strong> usually "
                "describes support for a professional at a transition (a trainee, an early-career "
                "teacher, a new leader) by a more experienced colleague, combining guidance, "
                "modelling and emotional support. <strong>Coaching</strong> usually describes a "
                "more focused, structured process to develop specific aspects of practice, which "
                "may be directive (as in instructional coaching) or non-directive. CUREE's "
                "<em>National Framework for Mentoring and Coaching</em> (2005) distinguished "
                "mentoring, specialist coaching and co-coaching between peers.",
                "Useful models include:",
                bullets(
                    "<strong>GROW</strong> (goal, reality, options, way forward), associated with "
                    "John Whitmore, as a structure for non-directive conversations;",
                    "Laurent Daloz's matrix of <strong>support and challenge</strong>: high support "
                    "with low challenge can leave a mentee comfortable but static; high challenge "
                    "with low support can overwhelm; growth comes from both together;",
                    "Kolb's <strong>experiential learning cycle</strong> and Schön's idea of the "
                    "<strong>reflective practitioner</strong>, underpinning reflective "
                    "conversations;",
                    "<strong>instructional coaching</strong> models, built on observation, precise "
                    "action steps and deliberate practice.",
                ),
            ),
            heading("Directive and non-directive"),
            text(
                "Myles Downey describes a spectrum from directive (telling, instructing, giving "
                "advice) to non-directive (listening, reflecting, asking questions that raise "
                "awareness). Instructional coaching sits towards the directive end: the coach is "
                "an expert who identifies action steps. Non-directive coaching assumes the coachee "
                "has the resources to solve their problem. Neither is better in general; the "
                "question is which fits the person, the purpose and the stage of development. A "
                "trainee in their first weeks needs more direction than an experienced leader "
                "working through a strategic dilemma.",
            ),
            text(
                "In this county, coaching and mentoring are part of the Northamptonshire model for "
                "pupils as well as staff: older pupils mentor younger ones, and business volunteers "
                "mentor headteachers and governors through the Northamptonshire Enterprise "
                "Partnership. Comparing these contexts is a good test of any definition: what do "
                "a sixth-former mentoring a Year 7 pupil and a company director mentoring a new "
                "headteacher have in common, and what is different?",
            ),
            reflection(
                "Which model best describes the coaching or mentoring you have received, and how "
                "did it shape your development?",
                "Consider the balance of support and challenge, who set the agenda, and what changed "
                "in your practice as a result.",
            ),
        ),
        lesson(
            "Evidence and ethics",
            90,
            text(
                "Research on instructional coaching offers some of the strongest evidence for any "
                "form of teacher development: Kraft, Blazar and Hogan's 2018 meta-analysis found "
                "positive average effects on teaching and pupil achievement, smaller in larger "
                "programmes. Evidence on mentoring of new teachers suggests that the quality of "
                "mentoring matters for development and retention, and that mentors need time and "
                "training. Much research on coaching relies on self-report, so be cautious about "
                "claims based only on participants' satisfaction.",
            ),
            heading("Power, confidentiality and dual roles"),
            text(
                "Coaching and mentoring relationships are never free of power. A mentor who also "
                "assesses a trainee against the Teachers' Standards, or a coach who is the coachee's "
                "line manager, holds power that shapes what the other person will say. Andrew "
                "Hobson and Angi Malderez coined the term <strong>'judgementoring'</strong> for "
                "mentoring that slips into judging, which they argue can limit learning and "
                "wellbeing.",
                "Ethical practice includes clear contracting about confidentiality and its limits "
                "(including safeguarding), separating developmental conversations from performance "
                "judgements where possible, and making the mentor's dual role explicit when it "
                "cannot be avoided.",
            ),
            tip(
                "Contracting in practice",
                "A written agreement can be short: purpose, frequency, confidentiality and its "
                "limits (safeguarding, and what, if anything, is reported to a line manager or "
                "induction tutor), how either party can end the arrangement, and a review date. "
                "Revisit it when circumstances change, for example when a mentor also becomes the "
                "mentee's assessor.",
            ),
            quiz(
                single(
                    "In Daloz's model, what combination is associated with growth?",
                    [
                        "Low support and low challenge",
                        "High support and low challenge",
                        "* High support and high challenge",
                        "Low support and high challenge",
                    ],
                    "Support without challenge leaves people comfortable; challenge without support "
                    "overwhelms. Growth needs both.",
                ),
                multiple(
                    "Which are ethical risks in school-based coaching and mentoring?",
                    [
                        "* A mentor who also assesses the mentee",
                        "* A coach who is the coachee's line manager",
                        "* Unclear limits to confidentiality",
                        "Agreeing the purpose at the start",
                    ],
                    "Agreeing purpose is good contracting. The others create power and trust issues "
                    "that must be managed.",
                ),
                single(
                    "What does 'judgementoring' describe?",
                    [
                        "Mentoring that uses assessment data",
                        "* Mentoring that slips into judging the mentee, limiting their learning",
                        "A mentor who refuses to give feedback",
                        "Mentoring for judges",
                    ],
                    "Hobson and Malderez used it to describe a common problem in mentoring of "
                    "beginning teachers.",
                ),
            ),
        ),
        lesson(
            "Designing and evaluating a programme",
            75,
            text(
                "Schools often introduce coaching with enthusiasm and then find it squeezed out "
                "by other priorities. A well-designed programme decides:",
                bullets(
                    "its purpose: whose development, towards what, and why coaching or mentoring is "
                    "the right approach;",
                    "the model, and how coaches and mentors will be selected, trained and supported;",
                    "time: protected, timetabled time for both parties;",
                    "ethics: contracting, confidentiality, and the relationship to appraisal;",
                    "evaluation: what change you expect in practice and for pupils, and how you will "
                    "know.",
                ),
                "Evaluate at several levels: participants' reactions, their learning, changes in "
                "practice, and effects on pupils, recognising that the last is hardest to "
                "attribute.",
            ),
            text(
                "Evaluation is often the weakest part. Decide in advance what evidence you will "
                "collect: coaching logs showing action steps and follow-up, short observations of "
                "the practices coached, samples of pupils' work, and participants' views at several "
                "points. Compare with a sensible baseline. Be wary of attributing changes in pupil "
                "outcomes to coaching alone when other initiatives run at the same time, and report "
                "what did not work as well as what did.",
            ),
            text(
                "Context shapes what is possible. A small primary school may rely on one or two "
                "mentors and partner with other schools in its alliance; a large trust may train a "
                "cadre of coaches. Either way, the programme should fit the school's improvement "
                "priorities rather than run alongside them.",
            ),
            heading("Mentor development"),
            text(
                "Mentors and coaches need development too: training in the chosen model, "
                "opportunities to observe and be observed coaching, and supervision or peer "
                "support where they can discuss difficult relationships in confidence. Recognise "
                "that mentoring benefits mentors as well, sharpening their own practice, and "
                "count it as professional development rather than an extra duty.",
            ),
            info(
                "Business mentors",
                "The county's business partners offer mentoring for headteachers and leaders through "
                "the Northamptonshire Enterprise Partnership. Cross-sector mentoring can offer fresh "
                "perspectives, but needs careful matching and contracting, since mentors may "
                "not know the school context.",
            ),
            reflection(
                "Sketch a coaching or mentoring programme for a group in your setting. What would "
                "make it survive its second year?",
                "Think about time, leadership commitment, coach development and how you would show "
                "its value.",
            ),
        ),
    ],
}

CONTENT["ma-dissertation"] = {
    "summary": "Plan, carry out and write up an ethical, rigorous practitioner research project in "
    "your setting, supervised by university staff. 60 credits at level 7; complete Research methods "
    "first.",
    "description": "<p>The dissertation is the culmination of the MA. Building on <em>Research "
    "methods for practitioner enquiry</em>, you will refine a research question, gain ethical "
    "approval, collect and analyse data, and write a dissertation that contributes to knowledge "
    "about practice in your setting and beyond. Supervision is provided by University of "
    "Northampton staff. Projects may also contribute to the county's research and development "
    "work with schools.</p>",
    "outcomes": [
        "Formulate a focused, researchable question grounded in the literature.",
        "Conduct an ethical, methodologically sound practitioner research project.",
        "Analyse and interpret data rigorously, acknowledging limitations.",
        "Write a coherent dissertation that makes a reasoned contribution to practice.",
        "Disseminate findings to colleagues in ways that inform practice.",
    ],
    "audiences": ["teacher", "middle_leader", "senior_leader", "headteacher", "early_years"],
    "delivery_mode": "blended",
    "framework_codes": [(TS, "TS8")],
    "lessons": [
        lesson(
            "From question to proposal",
            90,
            text(
                "A good dissertation question is focused, answerable within your time and access, "
                "significant for practice, and connected to existing research. 'How can we improve "
                "writing?' is a topic, not a question. 'How do Year 5 pupils use teacher-modelled "
                "writing when drafting independently?' can be investigated.",
                "Your proposal, agreed with your supervisor, sets out:",
                bullets(
                    "the question(s) and why they matter in your setting and more widely;",
                    "a brief review of key literature that shows where your study fits;",
                    "methodology and methods, with justification;",
                    "participants, sampling and access;",
                    "ethical considerations, following the BERA guidelines;",
                    "a timeline, including ethics approval, data collection in the school "
                    "calendar, analysis and writing.",
                ),
            ),
            text(
                "Choose a topic that you care about and that your school will support. The most "
                "successful practitioner dissertations address a real question the setting is "
                "asking, so colleagues are interested and access is easier. But avoid a question "
                "where you are invested in one answer, such as evaluating an initiative you "
                "introduced and must defend, unless you can design in ways to challenge your own "
                "assumptions.",
                "Check scope honestly. A one-year part-time study can rarely measure the effect of "
                "an intervention on attainment convincingly; it can explore how an intervention is "
                "experienced and implemented, or examine a pattern in existing data in depth.",
            ),
            heading("Working with your supervisor"),
            text(
                "Supervisors guide, question and read drafts; they do not write or plan the "
                "dissertation for you. Agree meeting frequency and how far in advance to send "
                "drafts. Bring questions and decisions to each meeting, and keep notes of what you "
                "agree.",
            ),
            warning(
                "Plan around the school year",
                "Data collection in schools collides with assessment weeks, inspections, trips and "
                "holidays. Build slack into your timeline, and gain ethics approval well before you "
                "need to start.",
            ),
            reflection(
                "Write your research question in one sentence. Is it focused, answerable in your "
                "setting and time, and connected to literature you have read?",
                "Test it with a colleague: can they tell you what data would answer it?",
            ),
        ),
        lesson(
            "Conducting and analysing the research",
            90,
            text(
                "Keep a research journal from the first day: decisions, problems, reflections on "
                "your positionality and early ideas from the data. It becomes your audit trail and "
                "the raw material for your methodology chapter.",
                "During data collection:",
                bullets(
                    "follow your approved procedures; if you need to change them, ask your "
                    "supervisor whether an ethics amendment is needed;",
                    "store data securely and anonymise it as promised;",
                    "start analysis early: transcribing and reading interviews as you go lets you "
                    "adjust later interviews within your approved design;",
                    "record what does not go to plan, which is part of the honest account.",
                ),
            ),
            warning(
                "When things go wrong",
                "Participants leave, an intervention is cancelled, a new headteacher changes "
                "priorities. Talk to your supervisor early. An honest account of how you adapted, "
                "and what it means for your findings, is better than a study that pretends "
                "nothing happened; a change of design may need ethics approval first.",
            ),
            heading("Analysis and interpretation"),
            text(
                "Analysis should be systematic and transparent: show how you moved from data to "
                "findings (for example codes, themes and illustrative quotations, or descriptive "
                "statistics and what they do and do not show). Interpretation relates findings back "
                "to your question and the literature: where do they confirm, extend or challenge "
                "existing work? Look for disconfirming evidence, not only support for your hopes.",
            ),
            quiz(
                single(
                    "Which is the most researchable dissertation question?",
                    [
                        "How can we improve behaviour?",
                        "* How do Year 7 pupils experience restorative conversations after "
                        "incidents in lessons?",
                        "Is restorative practice good?",
                        "What is the best way to teach?",
                    ],
                    "It is focused on a specific group, practice and aspect, and can be investigated "
                    "with appropriate methods.",
                ),
                multiple(
                    "Which should a research proposal include?",
                    [
                        "* Ethical considerations",
                        "* A justified methodology",
                        "* A realistic timeline",
                        "The findings you expect to prove",
                    ],
                    "Proposals state what you will study and how; deciding findings in advance "
                    "would undermine the research.",
                ),
                single(
                    "Your planned interviews need a new question after early analysis. What should "
                    "you do?",
                    [
                        "Add it without telling anyone",
                        "* Check with your supervisor whether an ethics amendment is needed",
                        "Abandon the interviews",
                        "Ask the question only to pupils who agree with you",
                    ],
                    "Changes to approved procedures may need approval; your supervisor can advise.",
                ),
            ),
        ),
        lesson(
            "Writing up and sharing",
            75,
            text(
                "A dissertation typically includes: an introduction (context, rationale, "
                "questions); a critical literature review; a methodology chapter (paradigm, "
                "design, methods, sampling, analysis, ethics, positionality, quality); findings; "
                "discussion; and a conclusion with limitations, implications and recommendations. "
                "Check your programme handbook for the required length, structure and referencing "
                "style.",
                "Write throughout, not only at the end: drafting the literature review and "
                "methodology while collecting data clarifies your thinking. Build an argument: "
                "each chapter should lead to the next, and the discussion should answer the "
                "questions you set.",
            ),
            info(
                "Common weaknesses examiners see",
                bullets(
                    "A literature review that summarises sources one by one instead of "
                    "synthesising them around themes and debates.",
                    "A methodology chapter that describes methods without justifying them.",
                    "Findings that report data without analysis, or discussion that ignores the "
                    "literature reviewed earlier.",
                    "Conclusions that claim more than a small study can support.",
                ),
            ),
            heading("Academic integrity"),
            text(
                "Acknowledge every source, follow the university's referencing style, and follow "
                "its policy on the use of generative AI tools. Your analysis and argument must be "
                "your own.",
            ),
            text(
                "Leave time to edit. Read each chapter for argument first (does it do what the "
                "introduction promised?), then for clarity and concision, then for accuracy of "
                "references and presentation. Ask a critical friend outside your subject to read "
                "your introduction and conclusion: if they cannot say what you found and why it "
                "matters, revise.",
            ),
            heading("Making it count"),
            text(
                "Share what you found with colleagues and participants in an accessible form: a "
                "staff briefing, a short report, a presentation to an alliance network or a "
                "practitioner journal article. Be honest about limitations: a small-scale study "
                "offers insight and questions, not universal answers. Practitioner research is "
                "most valuable when it changes conversations and practice in schools.",
            ),
            tip(
                "Limitations are a strength",
                "Examiners look for a critical awareness of what your study can and cannot claim. "
                "A clear limitations section shows masters-level judgement.",
            ),
            reflection(
                "Who in your setting or network would benefit from your findings, and in what form "
                "would they most likely use them?",
                "Plan one way of sharing findings with colleagues and one with participants.",
            ),
        ),
    ],
}
