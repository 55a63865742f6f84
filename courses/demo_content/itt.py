"""Initial teacher training modules from the county's Teaching School alliances."""

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

CONTENT["itt-primary-maths-subject-knowledge"] = {
    "summary": "Strengthen the mathematics you teach in primary school: how place value, "
    "calculation and fractions work, the representations that make them visible and the "
    "misconceptions pupils bring.",
    "description": "<p>Knowing how to do the mathematics is not the same as knowing how to teach it. "
    "This module, from the Abington Vale alliance's mathematics mastery specialists, revisits the "
    "core of the primary curriculum with a teacher's eye: why methods work, how to represent them "
    "with concrete and pictorial models, and which errors tell you what a pupil is thinking.</p>",
    "outcomes": [
        "Explain place value, the four operations and fractions in ways pupils can understand.",
        "Use concrete, pictorial and abstract representations to build understanding.",
        "Identify common misconceptions and plan questions that reveal them.",
        "Plan a sequence of small steps that builds fluency, reasoning and problem solving.",
    ],
    "audiences": ["trainee", "early_career", "teaching_assistant"],
    "delivery_mode": "blended",
    "framework_codes": [
        (ITTECF, "ITTECF-2"),
        (ITTECF, "ITTECF-3"),
        (ITTECF, "ITTECF-4"),
        (TS, "TS3"),
        (TS, "TS4"),
    ],
    "lessons": [
        lesson(
            "Place value and number sense",
            35,
            text(
                "Almost everything in primary mathematics rests on place value: the idea that the "
                "value of a digit depends on its position, and that each place is worth ten times "
                "the place to its right. Pupils who have only learned to name columns ('the 3 is in "
                "the tens') often cannot use the idea: they cannot say that 350 is 35 tens, or why "
                "multiplying by 10 does not 'add a zero' to 3.5.",
                "The national curriculum's aims are that pupils become <strong>fluent</strong>, "
                "<strong>reason mathematically</strong> and <strong>solve problems</strong>. Strong "
                "number sense supports all three: knowing that 49 + 26 is close to 50 + 25 lets a "
                "pupil calculate mentally and check a written answer.",
            ),
            heading("Concrete, pictorial, abstract"),
            text(
                "Representations let pupils see structure. A typical progression moves between:",
                bullets(
                    "<strong>concrete</strong> resources pupils handle: Dienes blocks, place value "
                    "counters, bead strings, Cuisenaire rods;",
                    "<strong>pictorial</strong> models: part-whole diagrams, bar models, number lines, "
                    "place value charts;",
                    "<strong>abstract</strong> notation: digits and symbols.",
                ),
                "This is not a one-way ladder. Confident pupils still benefit from a bar model when a "
                "problem is hard, and the teacher's job is to connect the representations explicitly: "
                "'Show me where the 3 tens are in the counters and in the number.'",
            ),
            tip(
                "Choose representations that show the structure",
                "Ten ones are exchanged for one ten with Dienes because the ten is visibly ten ones. "
                "Place value counters are more abstract: a '10' counter looks the same size as a "
                "'1'. Use both, in that order, and talk about the exchange.",
            ),
            text(
                "Zero deserves special attention. It is a placeholder (305 has no tens) and a number "
                "in its own right. Pupils who write 'three hundred and five' as 3005 are writing what "
                "they hear; place value charts and counters help them see why the zero is needed.",
            ),
            reflection(
                "How would you explain to a Year 4 pupil why 3.5 × 10 = 35, without saying 'add a "
                "zero' or 'move the decimal point'?",
                "Think about the digits moving one place to the left because each is now worth ten "
                "times as much. Which representation would show that?",
            ),
        ),
        lesson(
            "Calculation and the bar model",
            35,
            text(
                "Written methods are efficient but hide the mathematics. Before column addition with "
                "exchange, pupils should understand partitioning and recombining: 47 + 35 is 4 tens "
                "and 3 tens, 7 ones and 5 ones, so 7 tens and 12 ones, which is 8 tens and 2 ones. "
                "The column method records exactly this.",
                "The <strong>bar model</strong> helps pupils see the relationships in a word problem "
                "before choosing an operation. A part-whole bar shows that if the whole and one part "
                "are known, subtraction finds the other part; a comparison bar shows 'how many more'. "
                "The same model later supports fractions, ratio and algebra.",
            ),
            heading("Misconceptions worth planning for"),
            text(
                bullets(
                    "<strong>'Subtraction means take the smaller digit from the larger.'</strong> "
                    "So 52 − 38 becomes 26. Ask pupils to estimate first.",
                    "<strong>'Multiplication always makes numbers bigger.'</strong> Not with "
                    "fractions or decimals less than one.",
                    "<strong>'The equals sign means the answer comes next.'</strong> Pupils then "
                    "struggle with 8 + 4 = □ + 5. Use balance language: 'is the same as'.",
                    "<strong>'Longer decimals are bigger.'</strong> So 0.25 is thought larger than "
                    "0.3. Compare on a number line and with place value charts.",
                ),
                "A misconception is not a careless slip: it is a rule that worked once and was "
                "over-applied. Diagnose it with a well-chosen question, then confront it, rather than "
                "re-teaching the method louder.",
            ),
            info(
                "Times tables",
                "Pupils in England take the statutory multiplication tables check in Year 4, and the "
                "curriculum expects recall of facts up to 12 × 12 by the end of that year. Fluent "
                "recall frees working memory for problem solving, but pupils should also understand "
                "what the facts mean (for example arrays and repeated addition) and derive facts "
                "they do not remember.",
            ),
            quiz(
                single(
                    "A pupil writes 52 − 38 = 26. What is the most likely misconception?",
                    [
                        "They cannot count backwards",
                        "* They subtract the smaller digit from the larger in each column",
                        "They do not know their number bonds to 10",
                        "They have added instead of subtracted",
                    ],
                    "In the ones column they did 8 − 2 instead of exchanging a ten. Estimating first "
                    "(about 50 − 40 = 10) would show the answer is unreasonable.",
                ),
                multiple(
                    "Which are pictorial representations?",
                    ["* A bar model", "* A number line", "Dienes blocks", "* A part-whole diagram"],
                    "Dienes blocks are concrete: pupils handle them. Bars, number lines and "
                    "part-whole diagrams are drawn.",
                ),
                single(
                    "Which question best reveals whether a pupil understands decimal place value?",
                    [
                        "What is 0.3 + 0.4?",
                        "* Which is larger, 0.25 or 0.3? Explain how you know.",
                        "Write 0.5 in words.",
                        "What is 10 × 10?",
                    ],
                    "Comparing 0.25 and 0.3 exposes the 'longer is bigger' misconception, and the "
                    "explanation shows the pupil's reasoning.",
                ),
                multiple(
                    "Which are aims of the national curriculum for mathematics?",
                    [
                        "* Fluency",
                        "* Reasoning mathematically",
                        "Memorising every written method by Year 2",
                        "* Solving problems",
                    ],
                    "The three aims are fluency, reasoning and problem solving. Written methods "
                    "come later and build on understanding.",
                ),
            ),
        ),
        lesson(
            "Fractions and planning in small steps",
            30,
            text(
                "Fractions are where many pupils' mathematics starts to feel like magic tricks. "
                "Three ideas make it sense:",
                steps(
                    "A fraction is a number with a place on the number line, not only 'shaded parts "
                    "of a shape'.",
                    "The denominator tells you how many equal parts the whole is divided into; the "
                    "numerator tells you how many of them you have. <em>Equal</em> matters: show "
                    "non-examples.",
                    "Equivalent fractions name the same number: 1/2, 2/4 and 3/6 are one point on the "
                    "number line. Fraction walls and bar models show why.",
                ),
                "Misconceptions to expect: thinking 1/5 is bigger than 1/3 'because 5 is bigger "
                "than 3'; adding numerators and denominators (1/2 + 1/3 = 2/5); and believing a "
                "fraction is always less than one.",
            ),
            heading("Planning in small steps"),
            text(
                "Mastery approaches, promoted in England by the NCETM and the maths hubs, break "
                "content into small, connected steps so that the whole class moves through the "
                "curriculum together, with quick support for pupils who need it that day. Within a "
                "lesson, carefully varied examples draw attention to what matters: 1/3 of 12, 2/3 of "
                "12, 2/3 of 15 change one thing at a time.",
                "When you plan a sequence, ask: what must pupils already know? What is the one new "
                "idea today? Which representation shows it? Which misconception will I check for, and "
                "with what question?",
            ),
            warning(
                "Beware of tricks",
                "Rules such as 'to divide by a fraction, flip it' or 'cross-multiply' are quick to "
                "teach and quickly misapplied. Teach the reasoning first; shortcuts can follow once "
                "pupils understand why they work.",
            ),
            reflection(
                "Plan three examples that vary one thing at a time to teach finding a non-unit "
                "fraction of an amount. What will each example draw pupils' attention to?",
                "For instance: 1/4 of 20, 3/4 of 20, 3/4 of 24. Note the misconception you will check "
                "for and the question you will ask.",
            ),
        ),
    ],
}

CONTENT["itt-early-reading-phonics"] = {
    "summary": "Learn how children learn to read and how to teach systematic synthetic phonics with "
    "fidelity: the alphabetic code, blending and segmenting, decodable books, and keeping every "
    "child up.",
    "description": "<p>Teaching children to read is the most important job in primary school. This "
    "module, from the Kingsthorpe alliance's early reading team, explains the science behind "
    "systematic synthetic phonics and the practice that makes it work: a validated programme taught "
    "with fidelity, daily practice, books matched to the code taught and rapid support for children "
    "who fall behind.</p>",
    "outcomes": [
        "Explain the simple view of reading and why decoding and language comprehension both matter.",
        "Use phonics terminology accurately: phoneme, grapheme, digraph, blending, segmenting.",
        "Plan a phonics lesson that follows a validated programme with fidelity.",
        "Identify children at risk of falling behind and plan keep-up support.",
    ],
    "audiences": ["trainee", "early_career", "teaching_assistant", "early_years"],
    "delivery_mode": "blended",
    "framework_codes": [
        (ITTECF, "ITTECF-2"),
        (ITTECF, "ITTECF-3"),
        (ITTECF, "ITTECF-5"),
        (TS, "TS3"),
        (TS, "TS5"),
    ],
    "lessons": [
        lesson(
            "How children learn to read",
            30,
            text(
                "The <strong>simple view of reading</strong> (Gough and Tunmer) says reading "
                "comprehension depends on two things: <strong>word recognition</strong> (decoding the "
                "printed word) and <strong>language comprehension</strong> (understanding spoken "
                "language). If either is zero, reading comprehension is zero. A child with rich "
                "vocabulary who cannot decode cannot read the page; a fluent decoder who does not "
                "know the words understands little.",
                "English writing is an alphabetic code: letters and groups of letters (graphemes) "
                "represent the sounds of speech (phonemes). The code is complex: about 44 phonemes "
                "can be spelled in many ways. Systematic synthetic phonics teaches the code "
                "explicitly, in a planned order, and teaches children to blend the sounds all through "
                "a word to read it.",
            ),
            heading("Terms to use precisely"),
            text(
                bullets(
                    "<strong>Phoneme:</strong> the smallest unit of sound that changes meaning "
                    "(/c/ /a/ /t/).",
                    "<strong>Grapheme:</strong> the letter or letters that represent a phoneme "
                    "(c, sh, igh).",
                    "<strong>Digraph / trigraph:</strong> two or three letters making one sound "
                    "(sh, ee; igh); a <strong>split digraph</strong> is separated by a consonant "
                    "(a-e in make).",
                    "<strong>Blending:</strong> merging phonemes to read a word.",
                    "<strong>Segmenting:</strong> splitting a spoken word into phonemes to spell it.",
                    "<strong>Common exception words:</strong> words with unusual correspondences "
                    "(the, said), taught by noticing which part is tricky.",
                ),
            ),
            text(
                "Reading fluently matters too. Once children can decode, repeated reading of "
                "familiar decodable texts builds automatic word recognition, freeing attention for "
                "meaning. Meanwhile, teachers read aloud to children every day from books beyond "
                "what they can decode, building vocabulary and language comprehension.",
            ),
            info(
                "The national picture",
                "The DfE's reading framework sets out how schools in England should teach early "
                "reading, and schools choose a phonics programme from the DfE's list of validated "
                "systematic synthetic phonics programmes. Children take the phonics screening check "
                "in Year 1, reading a list of real words and pseudo-words.",
            ),
            reflection(
                "Think of a child you have seen reading. Which part of the simple view was their "
                "strength, and which held them back?",
                "Note what you observed: guessing from pictures, sounding out but not blending, "
                "reading fluently without understanding. Each points to a different next step.",
            ),
        ),
        lesson(
            "Teaching a phonics lesson with fidelity",
            35,
            text(
                "Fidelity means teaching the programme as designed: its sequence, its lesson "
                "structure, its actions and language, every day. Mixing programmes or skipping "
                "steps leaves gaps in the code that are hard to find later. Most programmes use a "
                "structure like this:",
                steps(
                    "<strong>Revisit and review:</strong> quick practice of graphemes and words "
                    "already taught.",
                    "<strong>Teach:</strong> the new grapheme-phoneme correspondence, with the "
                    "programme's mnemonic.",
                    "<strong>Practise:</strong> reading and spelling words with the new grapheme.",
                    "<strong>Apply:</strong> reading a sentence or a short text, writing a dictated "
                    "sentence.",
                    "<strong>Assess:</strong> check who has and has not learned it today.",
                ),
                "Pace matters. A brisk lesson with high participation (choral response, partner "
                "reading, everyone writing on a whiteboard) gives every child far more practice than "
                "one child reading aloud while others wait.",
            ),
            heading("Decodable books"),
            text(
                "Children should practise reading with books that are <strong>decodable</strong>: "
                "matched to the grapheme-phoneme correspondences they have been taught, so that they "
                "can succeed by blending rather than guessing. Books with words beyond the child's "
                "code encourage guessing from pictures or the first letter, a habit that later fails. "
                "Richer books are for reading <em>to</em> children, to build vocabulary and a love of "
                "stories.",
            ),
            warning(
                "Avoid mixed cues",
                "Prompts such as 'look at the picture' or 'what would make sense?' teach children to "
                "guess. Prompt them to use the code: 'What sound do these letters make? Blend them.'",
            ),
            quiz(
                single(
                    "According to the simple view of reading, reading comprehension depends on:",
                    [
                        "Phonics and spelling",
                        "* Word recognition and language comprehension",
                        "Fluency and handwriting",
                        "Guessing from context and pictures",
                    ],
                    "Both are needed: decoding the words and understanding the language. If either "
                    "is missing, comprehension fails.",
                ),
                single(
                    "In the word 'ship', how many phonemes are there?",
                    ["Four", "* Three", "Two", "One"],
                    "/sh/ /i/ /p/. The digraph 'sh' is two letters representing one phoneme.",
                ),
                multiple(
                    "Which help a child practise early reading effectively?",
                    [
                        "* A book matched to the graphemes they have been taught",
                        "* Blending sounds all through the word",
                        "Guessing a word from the picture",
                        "* Re-reading a decodable book to build fluency",
                    ],
                    "Decodable books, blending and re-reading build secure, fluent decoding. "
                    "Guessing from pictures is a habit to avoid.",
                ),
                multiple(
                    "Which are examples of digraphs?",
                    ["* ch", "* ee", "igh", "* ai"],
                    "Digraphs are two letters for one sound. 'igh' is three letters for one sound: "
                    "a trigraph.",
                ),
            ),
        ),
        lesson(
            "Keeping every child up",
            25,
            text(
                "Children who fall behind in phonics rarely catch up without help, and the gap widens "
                "as the code becomes more complex. The principle in the reading framework is "
                "<strong>keep-up, not catch-up</strong>: check every day who has not learned today's "
                "sound and give them extra practice the same day, in a short session with an adult "
                "who knows the programme.",
                "Use the programme's regular assessments (often every half term) to spot children "
                "who are not keeping pace. For them, find exactly which correspondences are insecure "
                "and teach those, with more practice and more repetition, rather than moving them to "
                "a different approach.",
            ),
            heading("Children who need more"),
            text(
                bullets(
                    "Children with special educational needs usually need the same systematic "
                    "teaching, with more repetition and smaller steps, not a different method.",
                    "Children learning English as an additional language can decode English early; "
                    "make sure they are also learning the meanings of the words they read.",
                    "Older pupils still at the early stages of reading need phonics teaching with "
                    "age-appropriate decodable texts, taught with dignity.",
                ),
                "Speak to parents and carers too: show them the sounds and actions the programme "
                "uses, and how to listen to their child read a decodable book.",
            ),
            info(
                "The Year 2 recheck",
                "Children who do not meet the expected standard in the Year 1 phonics screening "
                "check take it again in Year 2. Treat the result as a prompt to find exactly which "
                "parts of the code a child has not secured, not as a label.",
            ),
            tip(
                "Adults who know the programme",
                "Keep-up sessions work best when the adult, often a teaching assistant, has been "
                "trained in the same programme and uses the same language and actions as the class "
                "teacher.",
            ),
            reflection(
                "Which three children in your placement class would you watch most closely in "
                "phonics, and what would you check first for each?",
                "Think about the evidence: lesson responses, assessment records, how they read their "
                "book. Plan a five-minute keep-up activity for one of them.",
            ),
        ),
    ],
}

CONTENT["itt-secondary-science-subject-knowledge"] = {
    "summary": "Deepen the science you teach at Key Stages 3 and 4: the big ideas, the "
    "misconceptions pupils hold, practical work that teaches, and how to explain abstract "
    "concepts with models.",
    "description": "<p>From the Wellingborough Science alliance, working with local engineering "
    "firms. Trainees revisit the core of biology, chemistry and physics with a teacher's eye: which "
    "misconceptions to expect, how to use models and analogies, and how to plan practical work that "
    "makes pupils think as well as do.</p>",
    "outcomes": [
        "Identify common misconceptions in biology, chemistry and physics and plan to address them.",
        "Explain abstract ideas using models and analogies, including their limits.",
        "Plan practical work with a clear purpose, safely, following CLEAPSS guidance.",
        "Teach scientific vocabulary and the mathematics pupils need in science.",
    ],
    "audiences": ["trainee", "early_career"],
    "delivery_mode": "blended",
    "framework_codes": [
        (ITTECF, "ITTECF-2"),
        (ITTECF, "ITTECF-3"),
        (ITTECF, "ITTECF-4"),
        (TS, "TS3"),
        (TS, "TS4"),
        (TS, "TS7"),
    ],
    "lessons": [
        lesson(
            "Misconceptions and models",
            35,
            text(
                "Pupils arrive in science lessons with ideas about the world that make everyday "
                "sense and are wrong. They are robust: telling pupils the right answer rarely "
                "shifts them. Teachers need to know the common ones, draw them out, and design "
                "experiences that make pupils doubt them.",
                bullets(
                    "<strong>Biology:</strong> plants get their food from the soil (most of a "
                    "plant's mass comes from carbon dioxide in the air through photosynthesis); "
                    "respiration is breathing.",
                    "<strong>Chemistry:</strong> mass is lost when something burns or dissolves; "
                    "atoms in a substance have the properties of the substance (copper atoms are "
                    "orange).",
                    "<strong>Physics:</strong> heavier objects fall faster; a moving object needs a "
                    "force to keep it moving; current is used up around a circuit.",
                ),
            ),
            heading("Models and analogies"),
            text(
                "Science explains what we can see with ideas we cannot: particles, fields, genes. "
                "Models make these ideas thinkable, but every model has limits, and pupils must learn "
                "them. The particle model drawn as circles in a box does not show the empty space "
                "between gas particles, or their motion. Circuit analogies (the rope loop, water in "
                "pipes) help with current not being used up but mislead about other things.",
                "Make the mapping explicit: 'In the rope model, the rope is the charge, the person "
                "pulling is the cell, the hand it rubs against is the resistor. Where does the "
                "model break down?' Asking pupils to critique a model is itself good science.",
            ),
            tip(
                "Elicit before you explain",
                "Start a topic with a diagnostic question whose wrong answers match known "
                "misconceptions, for example: 'A tree grows from a seed to a tonne of wood. Where "
                "did most of the mass come from? A the soil, B the water, C the air, D sunlight.'",
            ),
            reflection(
                "Choose a topic you will teach on placement. Which misconception are pupils most "
                "likely to bring, and what experience could make them doubt it?",
                "Think about a demonstration, a prediction that fails, or a discussion of two "
                "competing explanations.",
            ),
        ),
        lesson(
            "Practical work that teaches",
            35,
            text(
                "Practical work is central to science, but pupils can follow a method perfectly and "
                "learn nothing. Before planning a practical, decide its purpose. The Education "
                "Endowment Foundation's guidance report on improving secondary science recommends "
                "that practical work has a clear purpose and is part of a wider learning sequence. "
                "A practical might aim to:",
                bullets(
                    "show a phenomenon pupils have not seen (a reaction, a change of state);",
                    "develop a practical skill (measuring volume accurately, using a microscope);",
                    "teach how scientists investigate: variables, fair tests, repeatability, "
                    "uncertainty;",
                    "test a prediction that challenges a misconception.",
                ),
                "GCSE specifications include required practical activities; questions about them "
                "appear in the written exams, so pupils need to understand why each step is done, "
                "not only do it.",
            ),
            heading("Hands on and minds on"),
            text(
                "Keep the thinking in the practical. Ask pupils to predict and explain before they "
                "start, to interpret results during it, and to evaluate afterwards. Reduce the "
                "load of following a method (for example by demonstrating it first, or giving a "
                "results table) when the purpose is the science, not the procedure.",
            ),
            warning(
                "Safety",
                "Risk-assess every practical using your school's procedures and CLEAPSS guidance "
                "(most schools in England are members). Check hazards, quantities and concentrations, "
                "eye protection, and what to do if something goes wrong. Practise unfamiliar "
                "practicals with a technician first.",
            ),
            quiz(
                single(
                    "Where does most of the mass of a growing tree come from?",
                    [
                        "Minerals in the soil",
                        "Water absorbed by the roots",
                        "* Carbon dioxide from the air",
                        "Energy from sunlight",
                    ],
                    "Photosynthesis fixes carbon from carbon dioxide into glucose and then cellulose. "
                    "Light provides energy but no mass; minerals are a tiny fraction.",
                ),
                multiple(
                    "Which are common misconceptions in physics?",
                    [
                        "* Heavier objects fall faster than lighter ones",
                        "* Current is used up as it goes around a circuit",
                        "* A moving object needs a constant force to keep moving",
                        "Energy is conserved",
                    ],
                    "Conservation of energy is correct physics. The others are persistent "
                    "everyday ideas that teaching must confront.",
                ),
                single(
                    "What should you decide first when planning a practical?",
                    [
                        "Which equipment is available",
                        "* What pupils should learn from it",
                        "How to fill the whole lesson",
                        "Which groups pupils will work in",
                    ],
                    "Purpose first: it determines what pupils do, what they think about and how "
                    "much of the method you give them.",
                ),
                multiple(
                    "Which belong in a risk assessment for a practical?",
                    [
                        "* Hazards of the chemicals and equipment",
                        "* Control measures such as eye protection",
                        "* What to do if something goes wrong",
                        "The marks pupils will get for it",
                    ],
                    "A risk assessment covers hazards, controls and emergency action. Assessment "
                    "of pupils' learning is a separate matter.",
                ),
            ),
        ),
        lesson(
            "Vocabulary and mathematics in science",
            25,
            text(
                "Science is full of words that mean something different in everyday speech: "
                "<em>energy</em>, <em>weight</em>, <em>work</em>, <em>theory</em>, <em>reliable</em>. "
                "Teach them explicitly: say the word, write it, give its scientific meaning, contrast "
                "it with the everyday meaning, and use it repeatedly. Roots help: "
                "<em>photo</em>-<em>synthesis</em> is making with light; <em>exo</em>-<em>thermic</em> "
                "is heat going out.",
                "Pupils also need to read scientific text: teach them to read a dense paragraph "
                "slowly, to turn it into a diagram, and to write explanations with connectives that "
                "show causation ('because', 'so', 'therefore').",
            ),
            heading("Mathematics in science"),
            text(
                "GCSE sciences include mathematical requirements: units and prefixes, standard form, "
                "rearranging equations, significant figures, drawing and interpreting graphs, means "
                "and uncertainty. Agree methods and language with the mathematics department so "
                "pupils are not taught two ways to rearrange an equation or to draw a line of best "
                "fit. Teach the mathematics when it is needed, with worked examples, and practise it "
                "in context.",
            ),
            info(
                "Local links",
                "Northamptonshire's university technical colleges specialise in high-performance "
                "engineering and sustainable technologies. Examples from local industry, such as the "
                "forces on a racing car or the efficiency of a heat pump, make the mathematics of "
                "physics concrete and show pupils where science leads.",
            ),
            tip(
                "The language of measurement",
                "GCSE specifications use precise meanings. <strong>Accurate:</strong> close to the "
                "true value. <strong>Precise:</strong> repeated measurements are close together. "
                "<strong>Repeatable:</strong> the same person with the same method gets similar "
                "results. <strong>Reproducible:</strong> someone else, or another method, gets "
                "similar results. <strong>Valid:</strong> the investigation measures what it set "
                "out to. Pupils often use 'reliable' and 'accurate' loosely; model the exact terms.",
            ),
            reflection(
                "List five words in your next topic that have an everyday meaning different from "
                "their scientific one. How will you teach each?",
                "For each word, write the everyday meaning, the scientific meaning and a sentence "
                "that uses it correctly.",
            ),
        ),
    ],
}

CONTENT["itt-adaptive-teaching"] = {
    "summary": "Learn to adapt teaching so every pupil, including those with special educational "
    "needs, can succeed in the same ambitious curriculum: knowing your pupils, scaffolding, "
    "flexible grouping and the graduated approach.",
    "description": "<p>Adaptive teaching means responding to pupils' needs in the moment and in "
    "planning, while keeping high expectations for all. This module, from the Corby Lakes "
    "all-through alliance, shows how to do it without creating separate lessons for different "
    "groups, and how it fits with the SEND Code of Practice.</p>",
    "outcomes": [
        "Explain adaptive teaching and how it differs from differentiating by task.",
        "Use assessment to identify pupils' needs and respond to them in lessons.",
        "Apply scaffolding, explicit instruction and flexible grouping, and plan how to remove support.",
        "Describe the graduated approach and the teacher's role in SEN support.",
    ],
    "audiences": ["trainee", "early_career", "teacher", "teaching_assistant"],
    "delivery_mode": "online",
    "framework_codes": [
        (ITTECF, "ITTECF-1"),
        (ITTECF, "ITTECF-5"),
        (ITTECF, "ITTECF-6"),
        (TS, "TS1"),
        (TS, "TS5"),
    ],
    "lessons": [
        lesson(
            "What adaptive teaching is",
            30,
            text(
                "Pupils differ in what they already know, in how quickly they grasp new ideas and in "
                "the barriers they face. Adaptive teaching responds to these differences while "
                "keeping the same high expectations for everyone. It is not planning three versions "
                "of every task ('all, most, some'), which caps what some pupils are offered, "
                "multiplies workload and fixes pupils into groups.",
                "The ITT and early career framework makes the point directly: seeking to "
                "understand pupils' differences, including their prior knowledge and potential "
                "barriers to learning, is essential, and adapting teaching in a responsive way, "
                "including by providing targeted support to pupils who are struggling, is likely to "
                "increase pupil success.",
            ),
            heading("Know your pupils"),
            text(
                "Adaptation starts with knowledge:",
                bullets(
                    "what pupils already know about this topic, from a quick pre-assessment;",
                    "pupils' special educational needs and the strategies in their support plans;",
                    "which pupils are learning English as an additional language, and at what stage;",
                    "who is disadvantaged, young carers or looked after, and what may affect them "
                    "in school.",
                ),
                "Then use assessment in every lesson (questioning, mini whiteboards, watching pupils "
                "work) to see who has understood and adapt there and then: re-explain differently, "
                "give another worked example, or move some pupils on.",
            ),
            info(
                "An example",
                "A Year 8 class is writing an analytical paragraph about a poem. Rather than giving "
                "three different tasks, the teacher models a paragraph, writes one with the class, "
                "then sets everyone the same question. Pupils who need it keep a model paragraph and "
                "sentence starters beside them; the teacher circulates, spots two pupils who have "
                "misread a line and re-explains it to them; three pupils who finish quickly are "
                "asked to add a comparison with a second poem.",
            ),
            tip(
                "Avoid fixed ability labels",
                "Groupings should change with the content and the evidence. A pupil who struggles "
                "with fractions may be quick with geometry. Labels such as 'low ability' shape "
                "expectations, including pupils' own.",
            ),
            reflection(
                "Think of a pupil in your placement class who finds learning hard. What do you know "
                "about their barriers, and how did you find out?",
                "Consider prior attainment, any SEN support plan, conversations with the SENCO or a "
                "teaching assistant, and what you have seen in lessons.",
            ),
        ),
        lesson(
            "Scaffolding, grouping and SEN support",
            35,
            text(
                "The Education Endowment Foundation's guidance report on special educational needs "
                "in mainstream schools recommends a small set of strategies that help pupils with "
                "SEND and benefit everyone:",
                bullets(
                    "<strong>explicit instruction:</strong> clear explanation, modelling and "
                    "guided practice;",
                    "<strong>cognitive and metacognitive strategies:</strong> teaching pupils how to "
                    "plan, monitor and evaluate their work;",
                    "<strong>scaffolding:</strong> temporary support such as worked examples, "
                    "writing frames or partially completed diagrams, removed as pupils become "
                    "independent;",
                    "<strong>flexible grouping:</strong> short-term groups for a specific need, "
                    "changed often;",
                    "<strong>using technology</strong> to support teaching, such as visualisers or "
                    "text-to-speech.",
                ),
            ),
            heading("The graduated approach"),
            text(
                "The SEND Code of Practice (2015) sets out four broad areas of need: communication "
                "and interaction; cognition and learning; social, emotional and mental health; and "
                "sensory and/or physical needs. Every teacher is a teacher of pupils with SEND. Where "
                "a pupil needs SEN support, the school follows a cycle of <strong>assess, plan, do, "
                "review</strong>, led by the class or subject teacher with the SENCO's advice and "
                "with the pupil and parents. Some pupils have an education, health and care plan, "
                "which the school must follow.",
            ),
            warning(
                "Scaffolds should fade",
                "Support that never comes off creates dependence. Plan how you will reduce it: fewer "
                "prompts, a partial worked example, then none.",
            ),
            quiz(
                single(
                    "Which best describes adaptive teaching?",
                    [
                        "Planning three different tasks for high, middle and low ability groups",
                        "* Responding to pupils' needs while keeping the same ambitious goals for all",
                        "Letting pupils choose the work they find easiest",
                        "Giving all support to pupils with an EHC plan",
                    ],
                    "Adaptive teaching keeps expectations high and adjusts explanation, support and "
                    "practice in response to evidence about pupils' learning.",
                ),
                multiple(
                    "Which are among the four broad areas of need in the SEND Code of Practice?",
                    [
                        "* Communication and interaction",
                        "* Cognition and learning",
                        "Behaviour and discipline",
                        "* Sensory and/or physical needs",
                    ],
                    "The fourth is social, emotional and mental health. 'Behaviour' is not an area "
                    "of need: behaviour may be a sign of an underlying need.",
                ),
                single(
                    "What are the four stages of the graduated approach?",
                    [
                        "Plan, teach, test, report",
                        "* Assess, plan, do, review",
                        "Identify, refer, diagnose, support",
                        "Observe, record, refer, exclude",
                    ],
                    "Assess, plan, do, review is a cycle repeated with the pupil and parents, "
                    "refining support as the school learns what works.",
                ),
                multiple(
                    "Which are good examples of scaffolding?",
                    [
                        "* A worked example next to a similar problem",
                        "* A writing frame with sentence starters",
                        "A permanently easier worksheet",
                        "* A partially completed diagram",
                    ],
                    "Scaffolds are temporary supports toward the same goal. A permanently easier "
                    "task lowers the goal instead.",
                ),
            ),
        ),
    ],
}
