"""The conversation layer's understanding: normalising what people type, choices, slots and intents.

Everything a user may type (words, synonyms, patterns) is data in ``templates/`` (choices.yaml,
intents.yaml, commands.yaml); these modules only apply it. No network model.
"""
