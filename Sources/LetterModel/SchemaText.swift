let schemaText = "{}\n"
