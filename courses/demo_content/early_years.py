"""Early years modules from the Pen Green alliance: EYFS practice and mentoring across settings."""

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

CONTENT["ey-characteristics-of-effective-learning"] = {
    "summary": "Understand the EYFS characteristics of effective learning (playing and exploring, "
    "active learning, creating and thinking critically) and how to observe, support and extend "
    "them in everyday play.",
    "description": "<p>The characteristics of effective teaching and learning describe <em>how</em> "
    "young children learn, across every area of the Early Years Foundation Stage. This module, from "
    "the Pen Green alliance and its research centre, helps practitioners in nurseries, reception "
    "classes and childminding settings to recognise the characteristics in children's play, "
    "support them through their interactions and environment, and talk about them with "
    "parents.</p>",
    "outcomes": [
        "Explain the three characteristics of effective learning and what each looks like in play.",
        "Observe children's learning dispositions, including their involvement and wellbeing.",
        "Plan interactions, including sustained shared thinking, that extend children's thinking.",
        "Design an environment and routines that give children time and choice to explore.",
    ],
    "audiences": ["early_years", "teacher", "teaching_assistant", "trainee"],
    "delivery_mode": "blended",
    "framework_codes": [(ITTECF, "ITTECF-2"), (TS, "TS2")],
    "lessons": [
        lesson(
            "The three characteristics",
            35,
            text(
                "The EYFS statutory framework sets out seven areas of learning: three prime areas "
                "(communication and language; physical development; personal, social and emotional "
                "development) and four specific areas (literacy; mathematics; understanding the "
                "world; expressive arts and design). Alongside <em>what</em> children learn, it asks "
                "practitioners to reflect on <em>how</em> they learn, through three characteristics "
                "of effective teaching and learning:",
                bullets(
                    "<strong>Playing and exploring:</strong> children investigate and experience "
                    "things, and 'have a go'.",
                    "<strong>Active learning:</strong> children concentrate and keep on trying if "
                    "they encounter difficulties, and enjoy their achievements.",
                    "<strong>Creating and thinking critically:</strong> children have and develop "
                    "their own ideas, make links between ideas, and develop strategies for doing "
                    "things.",
                ),
                "These are dispositions for lifelong learning: curiosity, persistence, and the "
                "confidence to think for yourself. They matter as much as any early learning goal.",
            ),
            heading("What they look like"),
            text(
                "Three-year-old Maya pours water through a funnel, then a tube, then a sieve, "
                "watching closely each time (<em>playing and exploring</em>). When the tube keeps "
                "slipping she holds it with her other hand, tries again, and shouts 'I did it!' "
                "(<em>active learning</em>). Later she tells her key person 'The holes make it go "
                "slow' and tries a cup with a hole in it to test the idea (<em>creating and thinking "
                "critically</em>).",
                "Non-statutory guidance such as <em>Development Matters</em> and <em>Birth to 5 "
                "Matters</em> gives many more examples of what to look for and how adults can help.",
            ),
            info(
                "Schemas",
                "Children often explore repeated patterns of action, called schemas, such as "
                "transporting things from place to place, enclosing or enveloping objects, or "
                "watching things move in lines (trajectory) or circles (rotation). Pen Green's "
                "long-standing work with families on schemas shows how spotting them helps adults "
                "provide what a child is trying to find out.",
            ),
            reflection(
                "Watch one child for five minutes during free play. Which of the three "
                "characteristics did you see, and what was the evidence?",
                "Write down what the child did and said, not your interpretation. Then decide which "
                "characteristic it shows and what you might offer next.",
            ),
        ),
        lesson(
            "Supporting and extending learning",
            35,
            text(
                "Adults support the characteristics through the environment, time and, above all, "
                "interaction.",
                bullets(
                    "<strong>Time:</strong> long periods of uninterrupted play let children become "
                    "deeply involved. Constant tidy-up calls and carpet sessions break concentration.",
                    "<strong>Open-ended resources:</strong> loose parts, blocks, water, sand, "
                    "natural materials can become anything, inviting ideas.",
                    "<strong>Choice:</strong> children who choose what to do are more likely to "
                    "persist.",
                    "<strong>Challenge:</strong> a problem just beyond what a child can do alone "
                    "invites persistence; an adult nearby helps them keep going.",
                ),
            ),
            heading("Sustained shared thinking"),
            text(
                "Research on effective pre-school provision in England identified <strong>sustained "
                "shared thinking</strong>, where an adult and child work together to solve a "
                "problem, clarify an idea or extend a narrative, as a feature of the most effective "
                "settings. It grows from genuine interest in the child's idea:",
                bullets(
                    "tune in: watch and listen before joining;",
                    "comment on what you notice ('You've made the ramp steeper');",
                    "wonder aloud ('I wonder what would happen if...');",
                    "ask open questions sparingly, and give time to answer;",
                    "offer a new resource or idea, then step back.",
                ),
            ),
            tip(
                "Involvement and wellbeing",
                "The Leuven scales, developed by Ferre Laevers, rate children's wellbeing and "
                "involvement on five-point scales. High involvement (intense concentration, "
                "persistence, energy) is a strong sign that deep learning is happening. Many "
                "settings use the scales to evaluate their provision, not to judge children.",
            ),
            quiz(
                multiple(
                    "Which are the three characteristics of effective teaching and learning in the "
                    "EYFS?",
                    [
                        "* Playing and exploring",
                        "* Active learning",
                        "* Creating and thinking critically",
                        "Listening and attention",
                    ],
                    "Listening, attention and understanding is an early learning goal within "
                    "communication and language, not one of the characteristics.",
                ),
                single(
                    "A child keeps trying to build a tower that falls, changes the base, and "
                    "celebrates when it stands. Which characteristic is most clearly shown?",
                    [
                        "Playing and exploring",
                        "* Active learning",
                        "Creating and thinking critically",
                        "Physical development",
                    ],
                    "Persisting through difficulty and enjoying achievement is active learning. "
                    "Changing the base could also show a strategy (creating and thinking critically), "
                    "but persistence is the clearest evidence here.",
                ),
                single(
                    "Which adult response best supports sustained shared thinking?",
                    [
                        "'Well done, that's lovely!'",
                        "'Let's tidy up now, it's snack time.'",
                        "* 'I wonder why the car goes further on this ramp. What could we try?'",
                        "'That's wrong, the car should go down the other way.'",
                    ],
                    "Wondering aloud about the child's own investigation invites them to think "
                    "further, together with the adult.",
                ),
                multiple(
                    "Which support deep involvement in play?",
                    [
                        "* Long, uninterrupted periods of play",
                        "* Open-ended resources",
                        "Frequent whole-group carpet sessions",
                        "* Children choosing what to do",
                    ],
                    "Time, open-ended resources and choice help children concentrate and persist. "
                    "Frequent interruptions break involvement.",
                ),
            ),
        ),
        lesson(
            "Observing and sharing with parents",
            25,
            text(
                "Observation in the early years should inform what adults do next, not fill folders. "
                "The EYFS framework asks practitioners not to spend excessive time away from "
                "children on paperwork. Focus on significant moments: something new, a change, or "
                "evidence of the characteristics.",
                "Parents and carers are children's first educators and know things about their "
                "child the setting never sees. Talking with parents about how their child learns "
                "(what they persist at, what they wonder about, the schemas they repeat at home) "
                "helps both sides support the same interests.",
            ),
            heading("Assessment points"),
            text(
                "The statutory assessments in the early years are the progress check at age two, "
                "the reception baseline assessment in the first weeks of reception, and the EYFS "
                "profile at the end of reception. The profile's early learning goals describe what "
                "children are expected to know and do, but practitioners' professional knowledge of "
                "the child, including the characteristics of effective learning, is what makes the "
                "judgement meaningful and helps Year 1 teachers plan.",
            ),
            info(
                "The key person",
                "Every child in the EYFS must have a key person who helps them feel secure and "
                "builds a relationship with their family. The key person is usually best placed to "
                "notice the characteristics of effective learning in a child's play and to share "
                "them with parents and with the next setting or class.",
            ),
            warning(
                "Don't lose the child in the data",
                "A child can meet every early learning goal and still lack confidence to have a go, "
                "or miss a goal and be a highly persistent, creative learner. Pass on both.",
            ),
            reflection(
                "How do you share a child's learning dispositions with their parents or carers? "
                "What could you learn from them in return?",
                "Think about a two-way conversation rather than a report: what the child does at "
                "home, what excites them, and how the setting could build on it.",
            ),
        ),
    ],
}

CONTENT["ey-communication-and-language"] = {
    "summary": "Develop young children's talk through everyday interactions, storytelling and "
    "shared reading, identify children who need extra help early, and support children learning "
    "English as an additional language.",
    "description": "<p>Communication and language is a prime area of the EYFS and the foundation of "
    "literacy, thinking and relationships. This module from the Pen Green alliance focuses on what "
    "adults say and do all day: responsive interactions, rich vocabulary, stories and songs, and "
    "early identification of speech and language needs.</p>",
    "outcomes": [
        "Explain why early communication and language matter for later learning.",
        "Use responsive interaction strategies that invite children to talk.",
        "Plan shared reading and storytelling that build vocabulary and narrative.",
        "Identify children who may need additional help, including those with EAL.",
    ],
    "audiences": ["early_years", "teaching_assistant", "teacher"],
    "delivery_mode": "online",
    "framework_codes": [(ITTECF, "ITTECF-3"), (ITTECF, "ITTECF-5")],
    "lessons": [
        lesson(
            "Talk in every interaction",
            30,
            text(
                "Children learn language through back-and-forth interaction with adults who tune in "
                "to them, sometimes described as 'serve and return': the child vocalises, points or "
                "speaks, and the adult responds to that, building the exchange. The number of "
                "conversational turns matters more than the number of words a child hears.",
                "Useful strategies for every adult in a setting:",
                bullets(
                    "<strong>Get down to the child's level</strong> and face them.",
                    "<strong>Observe, wait and listen:</strong> give the child time to start.",
                    "<strong>Comment more than you question:</strong> 'You're pouring it all in!' "
                    "invites talk; a string of questions can feel like a test.",
                    "<strong>Repeat and expand:</strong> child says 'Car go', adult says 'Yes, the "
                    "car's going fast down the ramp'.",
                    "<strong>Model, don't correct:</strong> child says 'I runned', adult says 'You "
                    "ran! You ran so fast'.",
                    "<strong>Introduce new words</strong> in context, and use them again.",
                ),
            ),
            heading("The early learning goals"),
            text(
                "At the end of reception the EYFS profile assesses communication and language "
                "through two early learning goals: <em>listening, attention and understanding</em> "
                "and <em>speaking</em>. But the work starts with babies: naming, singing, turn-taking "
                "games and responding to every attempt to communicate.",
            ),
            text(
                "Routines are full of chances for talk: nappy changes, snack, getting coats on, "
                "tidying up. Songs and rhymes with actions build rhythm, sound awareness and "
                "vocabulary, and let shy children join in before they are ready to speak alone. "
                "Plan which words you want children to hear and use this week, linked to their "
                "interests and to the books you are sharing.",
            ),
            tip(
                "Dummies and screens",
                "Talk with families, sensitively, about chances for talk at home: reducing background "
                "television, and keeping dummies for sleep time so toddlers can babble and talk.",
            ),
            reflection(
                "Record (in notes) a two-minute conversation with a child. Who spoke more? How many "
                "turns did the child take?",
                "If you did most of the talking, try again using 'observe, wait, listen' and "
                "commenting rather than questioning.",
            ),
        ),
        lesson(
            "Stories, reading and children who need more",
            30,
            text(
                "Sharing books is one of the richest sources of vocabulary and language structures. "
                "Dialogic reading turns the child into the storyteller. One structure is "
                "<strong>PEER</strong>:",
                bullets(
                    "<strong>Prompt</strong> the child to say something about the book;",
                    "<strong>Evaluate</strong> their response;",
                    "<strong>Expand</strong> it by rephrasing and adding information;",
                    "<strong>Repeat</strong> the prompt so the child uses the expanded language.",
                ),
                "Read favourite books many times: repetition lets children join in, then retell. "
                "Story maps, props and acting out help children build narrative.",
            ),
            heading("Identifying needs early"),
            text(
                "Some children need more than universal good practice. Signs may include not "
                "babbling or pointing by around a year, few words at two, not combining words, "
                "difficulty understanding simple instructions, or speech that familiar adults "
                "cannot understand. Screening tools such as WellComm, used in many settings, help "
                "identify children's level. The progress check at two is an important moment to "
                "raise concerns with parents and health visitors. Structured, evidence-based "
                "programmes, such as the Nuffield Early Language Intervention used in many reception "
                "classes, can help children who are behind; refer to speech and language therapy "
                "where needed.",
            ),
            info(
                "Children learning English as an additional language",
                "The EYFS asks providers to give children opportunities to use their home language "
                "in play and learning. A strong home language supports English. Encourage families "
                "to talk, sing and share books in the language they know best, and learn a few key "
                "words in the child's language. If you are concerned about development, find out "
                "how the child communicates in their home language before assuming a delay.",
            ),
            quiz(
                single(
                    "A child says 'Dog runned away'. What is the best response?",
                    [
                        "'No, we say ran.'",
                        "* 'Yes, the dog ran away! It ran very fast.'",
                        "Ignore it to avoid discouraging them",
                        "'Say it again properly.'",
                    ],
                    "Model the correct form naturally, and expand, without correcting. The child "
                    "hears the right form without feeling wrong.",
                ),
                multiple(
                    "Which strategies encourage children to talk?",
                    [
                        "* Commenting on what the child is doing",
                        "* Waiting and giving time to respond",
                        "Asking many questions in quick succession",
                        "* Getting down to the child's level",
                    ],
                    "Quick-fire questions can feel like a test and close conversation down.",
                ),
                single(
                    "What does the 'E' that comes second in PEER stand for?",
                    ["Explain", "Encourage", "* Expand", "Echo"],
                    "Prompt, Evaluate, Expand, Repeat: the adult expands the child's answer, then "
                    "prompts them to use the richer language.",
                ),
                single(
                    "A three-year-old who speaks Polish at home says little in English at nursery. "
                    "What should you find out first?",
                    [
                        "Whether the family can stop speaking Polish at home",
                        "* How the child communicates in Polish at home",
                        "Whether the child needs a referral straight away",
                        "Nothing: they will pick English up",
                    ],
                    "Understanding the child's home language development tells you whether there is "
                    "a language need or a normal stage of learning English. Home language should be "
                    "supported, not stopped.",
                ),
            ),
        ),
    ],
}

CONTENT["ey-mentoring-partnerships"] = {
    "summary": "Lead practice development across early years settings through mentoring "
    "partnerships: peer observation, reflective supervision and joint moderation between "
    "nurseries, childminders and schools.",
    "description": "<p>The county's strategy asks early years settings to learn from each other "
    "through mentoring partnerships. This module from the Pen Green alliance prepares experienced "
    "practitioners and leaders to mentor colleagues in other settings (private, voluntary and "
    "independent nurseries, childminders and school-based early years) so that good practice "
    "spreads across the county. Complete <em>The EYFS characteristics of effective learning</em> "
    "first.</p>",
    "outcomes": [
        "Explain how mentoring partnerships can improve practice across settings.",
        "Set up a partnership with clear goals, boundaries and confidentiality.",
        "Lead peer observation and reflective conversations that focus on children's learning.",
        "Use supervision and joint moderation to develop shared professional judgement.",
    ],
    "audiences": ["early_years", "middle_leader", "senior_leader"],
    "delivery_mode": "face_to_face",
    "framework_codes": [(TS, "TS8")],
    "lessons": [
        lesson(
            "Why partnerships",
            30,
            text(
                "Early years practitioners often work in small settings with few colleagues at the "
                "same level, and childminders may work alone. Mentoring partnerships connect them: "
                "a practitioner from one setting works alongside a colleague from another, over "
                "months, on an agreed area of practice. Both learn. The DfE's Stronger Practice Hubs "
                "work on a similar principle of settings sharing evidence-informed practice.",
                "A partnership might focus on:",
                bullets(
                    "the quality of interactions, using the characteristics of effective learning;",
                    "the environment, indoors and outdoors;",
                    "transitions, for example from nursery to reception;",
                    "supporting children with special educational needs;",
                    "working with parents.",
                ),
            ),
            text(
                "Mentoring partnerships differ from an inspection or a local authority visit: the "
                "mentor has no power over the setting, and the partner chooses what to work on. "
                "That is their strength. Practitioners are more willing to try something new, and "
                "to say what is not working, with a peer who understands their kind of setting. "
                "Mentors need credibility in practice, good listening, and the humility to learn as "
                "much as they share. In Corby, Pen Green's long tradition of working alongside "
                "parents and practitioners as co-researchers shapes this approach.",
            ),
            heading("Setting up"),
            text(
                steps(
                    "Agree the focus from each setting's own evaluation, not an outsider's view.",
                    "Agree practicalities: visits, meetings, how long the partnership will run.",
                    "Agree confidentiality: what is shared beyond the partnership, and the absolute "
                    "limit that safeguarding concerns are always passed on.",
                    "Agree how you will know it has made a difference to children.",
                ),
            ),
            warning(
                "Safeguarding on visits",
                "When visiting another setting, follow its signing-in, identification and mobile "
                "phone policies. Never be left alone with children who are not in your care unless "
                "the setting has agreed it and made the required checks.",
            ),
            reflection(
                "Which area of your own practice would you most like another setting's view on, and "
                "what could you offer them in return?",
                "Partnerships work when both sides expect to learn. Name a specific strength you "
                "could share.",
            ),
        ),
        lesson(
            "Observation, supervision and moderation",
            35,
            text(
                "<strong>Peer observation</strong> in the early years should focus on children, not "
                "on grading the adult. Agree a focus in advance (for example 'how do children "
                "respond when adults comment rather than question?'), observe children's "
                "involvement and what adults do, and record facts. Afterwards, the observed "
                "practitioner leads the reflection: What did you notice? What surprised you? What "
                "might you try?",
                "<strong>Supervision</strong> is a statutory requirement in the EYFS: providers must "
                "support staff who work with children and families through regular supervision, "
                "giving them chances to discuss issues, identify solutions and receive coaching. "
                "Mentors can model reflective supervision that is supportive, focused on children "
                "and families, and alert to practitioners' own wellbeing.",
            ),
            heading("Joint moderation"),
            text(
                "When practitioners from different settings look together at observations of the "
                "same children, or at evidence for an early learning goal, they develop a shared "
                "understanding of what the goals mean and reduce the variation between settings. "
                "This is especially valuable for reception teachers and for nurseries sending "
                "children to several schools.",
            ),
            tip(
                "Use a shared lens",
                "The Leuven involvement scale gives partners a common, child-focused language for "
                "observations: 'involvement was high at the water tray and low at the table "
                "activity' leads naturally to a discussion about provision.",
            ),
            quiz(
                single(
                    "What should peer observation in a mentoring partnership focus on?",
                    [
                        "Grading the practitioner's performance",
                        "* Children's learning and how adults support it, against an agreed focus",
                        "Checking the setting's paperwork",
                        "Finding faults to report to the manager",
                    ],
                    "Partnerships build trust by focusing on children and agreed questions, not "
                    "judgement.",
                ),
                multiple(
                    "Which are part of EYFS supervision?",
                    [
                        "* Opportunities to discuss issues, particularly about children's development "
                        "or wellbeing",
                        "* Identifying solutions to improve outcomes for children",
                        "* Coaching to improve personal effectiveness",
                        "An annual pay review",
                    ],
                    "The EYFS describes supervision as support, coaching and training. Pay is a "
                    "separate employment matter.",
                ),
                single(
                    "What is the main benefit of joint moderation between settings?",
                    [
                        "It reduces the number of observations needed",
                        "* It builds a shared understanding of expectations across settings",
                        "It lets one setting check another's compliance",
                        "It replaces the EYFS profile",
                    ],
                    "Looking at evidence together aligns professional judgement and helps "
                    "transitions.",
                ),
            ),
        ),
    ],
}
